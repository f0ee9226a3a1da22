package io.gongkai.ingest.parse;

import io.gongkai.events.Layout;
import io.gongkai.schemas.cells.CellCatalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A report split into the text before §二, the table part (§二 to §四: heading lines and rows of cells) and the text
 * from §五 on, so that tests can rebuild a report in another layout or damage its cells. The rows come from a seed's
 * own tables ({@link #fromSeed}) or are made from cells and the catalog's labels ({@link #fromCells}).
 */
final class TableText {

    enum Style { CELL_PER_LINE, TABS, PIPES, FLAT, PDF }

    /** A line of the table part: a heading ({@code cells == null}) or a row of cells. */
    record Line(String heading, List<String> cells) {

        static Line heading(String text) {
            return new Line(text, null);
        }

        static Line row(List<String> cells) {
            return new Line(null, List.copyOf(cells));
        }

        boolean isRow() {
            return cells != null;
        }

        /** The row's label: its cells that are not numbers, run together. */
        String label() {
            StringBuilder label = new StringBuilder();
            for (String cell : cells) {
                if (!isValue(cell)) {
                    label.append(cell.strip());
                }
            }
            return label.toString();
        }
    }

    private final String before;
    private final List<Line> lines;
    private final String after;

    TableText(String before, List<Line> lines, String after) {
        this.before = before;
        this.lines = List.copyOf(lines);
        this.after = after;
    }

    List<Line> lines() {
        return lines;
    }

    String before() {
        return before;
    }

    String after() {
        return after;
    }

    /** Splits a seed at its §二 heading and its §五 heading and reads its tables in the seed's own layout. */
    static TableText fromSeed(String text) {
        String[] all = text.split("\n", -1);
        int active = -1;
        int problems = -1;
        for (int i = 0; i < all.length; i++) {
            String line = all[i].strip();
            if (active < 0 && line.startsWith("二、主动公开政府信息情况")) {
                active = i;
            } else if (active >= 0 && line.contains("存在的主要问题及改进情况")) {
                problems = i;
                break;
            }
        }
        String before = String.join("\n", List.of(all).subList(0, active + 1)) + "\n";
        String after = String.join("\n", List.of(all).subList(problems, all.length));
        List<String> table = List.of(all).subList(active + 1, problems);
        boolean pipes = table.stream().anyMatch(line -> line.contains("|"));
        boolean cellPerLine = table.stream().filter(line -> line.startsWith("\t")).count()
                > table.stream().filter(line -> line.indexOf('\t') > 0).count();
        return new TableText(before, cellPerLine ? cellPerLine(table) : delimited(table, pipes ? "|" : "\t"), after);
    }

    private static List<Line> cellPerLine(List<String> table) {
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (String line : table) {
            if (line.isBlank() && !line.startsWith("\t")) {
                if (!cells.isEmpty()) {
                    lines.add(Line.row(cells));
                    cells.clear();
                }
            } else if (line.startsWith("\t")) {
                cells.add(line.substring(1));
            } else if (!cells.isEmpty() && !isHeading(line)) {
                cells.set(cells.size() - 1, cells.get(cells.size() - 1) + line);
            } else {
                if (!cells.isEmpty()) {
                    lines.add(Line.row(cells));
                    cells.clear();
                }
                lines.add(Line.heading(line.strip()));
            }
        }
        if (!cells.isEmpty()) {
            lines.add(Line.row(cells));
        }
        return lines;
    }

    private static List<Line> delimited(List<String> table, String delimiter) {
        List<Line> lines = new ArrayList<>();
        for (String line : table) {
            if (line.isBlank() || line.matches("[-|: ]+")) {
                continue;
            }
            if (!line.contains(delimiter)) {
                lines.add(Line.heading(line.strip()));
            } else {
                lines.add(Line.row(List.of(line.split(delimiter.equals("|") ? "\\|" : "\t", -1))
                        .stream().map(String::strip).toList()));
            }
        }
        return lines;
    }

    private static boolean isHeading(String line) {
        return line.startsWith("三、收到和处理") || line.startsWith("四、政府信息公开行政复议");
    }

    /**
     * Makes the three tables from cells as written, with the catalog's labels: §二 in the layout's grid, §三 one row
     * per official row, §四 its fifteen figures on one row under the two-level header.
     */
    static TableText fromCells(String before, Map<String, String> written, Layout layout, String after) {
        List<Line> lines = new ArrayList<>();
        Map<String, Map<String, List<String>>> groups = new LinkedHashMap<>();
        for (String id : CellCatalog.cellIds(layout)) {
            if (id.startsWith("active.")) {
                String[] parts = CellCatalog.label(id).split("·");
                groups.computeIfAbsent(parts[0], g -> new LinkedHashMap<>())
                        .computeIfAbsent(parts[1], item -> new ArrayList<>()).add(id);
            }
        }
        groups.forEach((group, items) -> {
            lines.add(Line.row(List.of(group)));
            List<String> header = new ArrayList<>(List.of("信息内容"));
            items.values().iterator().next().forEach(id -> header.add(CellCatalog.label(id).split("·")[2]));
            lines.add(Line.row(header));
            items.forEach((item, ids) -> {
                List<String> row = new ArrayList<>(List.of(item));
                ids.forEach(id -> row.add(written.get(id)));
                lines.add(Line.row(row));
            });
        });
        lines.add(Line.heading("三、收到和处理政府信息公开申请情况"));
        lines.add(Line.row(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况")));
        lines.add(Line.row(List.of("", "自然人", "法人或其他组织", "总计")));
        lines.add(Line.row(List.of("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "")));
        for (String row : CellCatalog.applicationRows(layout)) {
            String label = CellCatalog.label("apply." + row + ".total");
            List<String> cells = new ArrayList<>(List.of(label.substring(0, label.lastIndexOf('·'))));
            CellCatalog.APPLICANT_COLUMNS.forEach(column -> cells.add(written.get("apply." + row + "." + column)));
            lines.add(Line.row(cells));
        }
        lines.add(Line.heading("四、政府信息公开行政复议、行政诉讼情况"));
        lines.add(Line.row(List.of("行政复议", "行政诉讼")));
        lines.add(Line.row(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉")));
        lines.add(Line.row(List.of("", "", "", "", "", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
                "结果维持", "结果纠正", "其他结果", "尚未审结", "总计")));
        List<String> figures = new ArrayList<>();
        CellCatalog.CASE_KINDS.forEach(kind ->
                CellCatalog.CASE_COLUMNS.forEach(column -> figures.add(written.get(kind + "." + column))));
        lines.add(Line.row(figures));
        return new TableText(before, lines, after);
    }

    /** The same report with the cells of the rows whose label contains {@code label} changed. */
    TableText withRow(String label, UnaryOperator<List<String>> change) {
        return mapRows(line -> line.label().replaceAll("\\s+", "").contains(label)
                ? Line.row(change.apply(line.cells())) : line);
    }

    /** The same report without the rows whose label contains {@code label}. */
    TableText withoutRow(String label) {
        return new TableText(before, lines.stream()
                .filter(line -> !line.isRow() || !line.label().replaceAll("\\s+", "").contains(label)).toList(), after);
    }

    /** The same report without the §三 rows whose figures are all zero: what scrapers do with blank rows. */
    TableText withoutZeroRows() {
        return new TableText(before, lines.stream().filter(line -> !line.isRow() || !isZeroApplicationRow(line))
                .toList(), after);
    }

    /** The same report with the §三 rows whose figures are all zero left as bare labels. */
    TableText withZeroRowsAsBareLabels() {
        return mapRows(line -> isZeroApplicationRow(line) ? Line.row(List.of(line.label())) : line);
    }

    private static boolean isZeroApplicationRow(Line line) {
        List<String> values = line.cells().stream().map(String::strip).filter(TableText::isValue).toList();
        return values.size() == CellCatalog.APPLICANT_COLUMNS.size() && values.stream().allMatch("0"::equals);
    }

    /** The report as an HTML fragment, as a scraper that keeps a page's markup stores it: paragraphs and tables. */
    String html() {
        StringBuilder out = new StringBuilder();
        before.lines().filter(line -> !line.isBlank()).forEach(line -> out.append("<p>").append(line.strip())
                .append("</p>"));
        boolean inTable = false;
        for (Line line : lines) {
            if (line.isRow() != inTable) {
                out.append(inTable ? "</table>" : "<table>");
                inTable = line.isRow();
            }
            if (line.isRow()) {
                out.append("<tr>");
                line.cells().forEach(cell -> out.append("<td>").append(cell.strip().isEmpty() ? "&nbsp;"
                        : cell.strip()).append("</td>"));
                out.append("</tr>");
            } else {
                out.append("<p>").append(line.heading()).append("</p>");
            }
        }
        out.append(inTable ? "</table>" : "");
        after.lines().filter(line -> !line.isBlank()).forEach(line -> out.append("<p>").append(line.strip())
                .append("</p>"));
        return out.toString();
    }

    /**
     * The whole report on one line, as a scraper that strips line breaks delivers it: each line's text stripped and
     * run on into the next, a row's cells joined by {@code cellSeparator} ("" runs their figures together).
     */
    String oneLine(String cellSeparator) {
        StringBuilder out = new StringBuilder();
        before.lines().forEach(line -> out.append(line.strip()));
        for (Line line : lines) {
            if (line.isRow()) {
                out.append(String.join(cellSeparator, line.cells().stream().map(String::strip)
                        .filter(cell -> !cell.isEmpty()).toList()));
            } else {
                out.append(line.heading());
            }
        }
        after.lines().forEach(line -> out.append(line.strip()));
        return out.toString();
    }

    /** The index in a row of its {@code n}th value cell (0-based), empty cells not counted. */
    static int valueCell(List<String> cells, int n) {
        for (int i = 0; i < cells.size(); i++) {
            if (isValue(cells.get(i)) && n-- == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("no value " + n + " in " + cells);
    }

    /** The index in a row of its last label cell. */
    static int labelCell(List<String> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!cells.get(i).isBlank() && !isValue(cells.get(i))) {
                return i;
            }
        }
        throw new IllegalArgumentException("no label in " + cells);
    }

    /** A row's cells with one cell replaced. */
    static List<String> replace(List<String> cells, int index, String cell) {
        List<String> changed = new ArrayList<>(cells);
        changed.set(index, cell);
        return changed;
    }

    /** The same report with its rows changed. */
    TableText mapRows(UnaryOperator<Line> change) {
        return new TableText(before, lines.stream().map(line -> line.isRow() ? change.apply(line) : line).toList(),
                after);
    }

    /** The same report with the text before §二 and after §四 changed. */
    TableText mapProse(UnaryOperator<String> change) {
        return new TableText(change.apply(before), lines, change.apply(after));
    }

    String render(Style style) {
        StringBuilder out = new StringBuilder(before);
        int rows = 0;
        for (Line line : lines) {
            if (!line.isRow()) {
                if (style == Style.PDF && line.heading().length() > 12) {
                    out.append(line.heading(), 0, 12).append('\n').append(line.heading().substring(12)).append('\n');
                } else {
                    out.append(line.heading()).append('\n');
                }
                continue;
            }
            if (style == Style.PDF && ++rows % 20 == 0) {
                out.append("— ").append(rows / 20).append(" —\n");
            }
            switch (style) {
                case CELL_PER_LINE -> {
                    line.cells().forEach(cell -> out.append('\t').append(cell).append('\n'));
                    out.append('\n');
                }
                case TABS -> out.append(String.join("\t", line.cells())).append('\n');
                case PIPES -> out.append(String.join(" | ", line.cells())).append(" |\n");
                case FLAT -> {
                    line.cells().forEach(cell -> out.append(cell.replaceAll("[\\s\\p{Z}]+", "")));
                    out.append('\n');
                }
                case PDF -> pdf(line, out);
            }
        }
        return out.append(after).toString();
    }

    /**
     * As pdftotext lays out a table: labels broken every six characters, a row's numbers on its label's middle line;
     * headings broken after twelve characters, and a page number ("— 1 —") every twenty rows.
     */
    private static void pdf(Line line, StringBuilder out) {
        List<String> numbers = line.cells().stream().map(String::strip).filter(TableText::isValue).toList();
        String label = line.label().replaceAll("\\s+", "");
        List<String> chunks = new ArrayList<>();
        for (int i = 0; i < label.length(); i += 6) {
            chunks.add(label.substring(i, Math.min(label.length(), i + 6)));
        }
        if (numbers.isEmpty()) {
            chunks.forEach(chunk -> out.append(chunk).append('\n'));
            return;
        }
        if (chunks.isEmpty()) {
            chunks.add("");
        }
        int middle = chunks.size() / 2;
        for (int i = 0; i < chunks.size(); i++) {
            out.append(chunks.get(i));
            if (i == middle) {
                out.append(chunks.get(i).isEmpty() ? "" : "   ").append(String.join("  ", numbers));
            }
            out.append('\n');
        }
    }

    static boolean isValue(String cell) {
        String s = cell.strip();
        return s.matches("[+-]?[0-9０-９][0-9０-９.,]*(元|万元)?") || s.equals("-") || s.equals("—") || s.equals("/");
    }
}
