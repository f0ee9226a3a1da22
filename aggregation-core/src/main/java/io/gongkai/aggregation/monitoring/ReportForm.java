package io.gongkai.aggregation.monitoring;

import io.gongkai.events.Layout;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.UnreadableCell;
import io.gongkai.schemas.cells.CellCatalog;
import io.gongkai.schemas.cells.ReportCells;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A parsed report laid out as the form's tables — §二 主动公开, §三 依申请公开 (rows × the seven applicant columns),
 * §四 复议诉讼 (case kinds × outcomes) — each cell with its canonical id, its figure as the report states it, and
 * whether an open finding points at it.
 */
public record ReportForm(List<Table> tables) {

    /** One table of the form. */
    public record Table(String title, List<String> columns, List<Row> rows) {
    }

    /** One row: its label and its cells, one per column. */
    public record Row(String label, List<Cell> cells) {
    }

    /**
     * @param value      the figure as text; "" when the table is missing, "?" when the cell could not be read
     * @param flagged    an open finding read this cell
     * @param unreadable the report could not read this cell
     */
    public record Cell(String id, String value, boolean flagged, boolean unreadable) {
    }

    /** The report's tables, flagging {@code flaggedCells}. */
    public static ReportForm of(ParsedReport report, Set<String> flaggedCells) {
        Map<String, Number> figures = ReportCells.of(report);
        Set<String> unreadable = report.getUnreadableCells().stream().map(UnreadableCell::getCell).collect(Collectors.toSet());
        CellReader cells = new CellReader(figures, unreadable, flaggedCells);
        Layout layout = report.getLayout();

        List<Row> active = CellCatalog.cellIds(layout).stream().filter(id -> id.startsWith("active."))
                .map(id -> new Row(CellCatalog.label(id), List.of(cells.cell(id)))).toList();
        List<Row> applications = new ArrayList<>();
        for (String row : CellCatalog.applicationRows(layout)) {
            applications.add(new Row(CellCatalog.applicationRowLabel(row),
                    CellCatalog.APPLICANT_COLUMNS.stream().map(column -> cells.cell("apply." + row + "." + column)).toList()));
        }
        List<Row> cases = CellCatalog.CASE_KINDS.stream().map(kind -> new Row(CellCatalog.columnLabel(kind),
                CellCatalog.CASE_COLUMNS.stream().map(column -> cells.cell(kind + "." + column)).toList())).toList();

        return new ReportForm(List.of(
                new Table("二、主动公开政府信息情况", List.of("数量"), active),
                new Table("三、收到和处理政府信息公开申请情况", labels(CellCatalog.APPLICANT_COLUMNS), applications),
                new Table("四、政府信息公开行政复议、行政诉讼情况", labels(CellCatalog.CASE_COLUMNS), cases)));
    }

    private static List<String> labels(List<String> columns) {
        return columns.stream().map(CellCatalog::columnLabel).toList();
    }

    private record CellReader(Map<String, Number> figures, Set<String> unreadable, Set<String> flagged) {

        Cell cell(String id) {
            Number figure = figures.get(id);
            String value = figure != null ? text(figure) : unreadable.contains(id) ? "?" : "";
            return new Cell(id, value, flagged.contains(id), unreadable.contains(id));
        }

        private static String text(Number figure) {
            return figure instanceof Double amount ? BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString() : figure.toString();
        }
    }
}
