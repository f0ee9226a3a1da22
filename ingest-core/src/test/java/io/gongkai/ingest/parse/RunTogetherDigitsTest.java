package io.gongkai.ingest.parse;

import io.gongkai.events.Layout;
import io.gongkai.events.UnreadableCell;
import io.gongkai.ingest.rejection.Rejection;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables whose cells a crawler ran together: each row's digits are split so that its total holds; rows that still
 * read several ways are settled by the form's column arithmetic, or the report is rejected.
 */
class RunTogetherDigitsTest {

    private final ReportParser parser = new ReportParser();
    private final ValueSplitter splitter = new ValueSplitter();

    @Test
    void theOnlySplitWhoseTotalHolds() {
        List<Token> cells = List.of(new Token(Token.Kind.NUMBER, "640020470", 6.4002047E8, true));

        List<Reading> readings = splitter.read(cells, 7, 1, true, false);

        assertThat(readings).singleElement().extracting(Reading::describe).isEqualTo("64/0/0/2/0/4/70");
    }

    @Test
    void aNumberTooLongToBeOneIsUnreadable() {
        List<Token> cells = List.of(new Token(Token.Kind.NUMBER, "1234567890123456789", null, true));

        assertThat(splitter.read(cells, 1, 1, false, false)).isEmpty();
    }

    @Test
    void rowsThatSplitTwoWaysAreSettledByTheColumnArithmetic() throws Rejection {
        Map<String, Number> cells = seedWithApplications(Map.of(
                "received", new int[] {1, 12, 0, 0, 0, 0, 13},
                "handledTotal", new int[] {1, 12, 0, 0, 0, 0, 13},
                "granted", new int[] {1, 0, 0, 0, 0, 0, 1},
                "denied.adminQuery", new int[] {0, 12, 0, 0, 0, 0, 12}));

        ParsedDocument report = parser.parse(flattened(cells));

        CellsAssert.assertCells(report.cells(), cells);
        assertThat(report.warnings()).anyMatch(w -> w.contains("\"112000013\" read 2 ways")
                && w.contains("chose 1/12/0/0/0/0/13"));
    }

    @Test
    void cellsTheArithmeticCannotSettleAreLeftUnreadAndTheRestRead() throws Rejection {
        Map<String, Number> cells = seedWithApplications(Map.of(
                "received", new int[] {1, 12, 0, 0, 0, 0, 13},
                "handledTotal", new int[] {1, 12, 0, 0, 0, 0, 13},
                "granted", new int[] {1, 12, 0, 0, 0, 0, 13}));

        ParsedDocument report = parser.parse(flattened(cells));

        List<String> undecided = List.of("apply.received.naturalPerson", "apply.received.commercial",
                "apply.granted.naturalPerson", "apply.granted.commercial",
                "apply.handledTotal.naturalPerson", "apply.handledTotal.commercial");
        assertThat(report.unreadableCells()).extracting(UnreadableCell::getCell)
                .containsExactlyInAnyOrderElementsOf(undecided);
        assertThat(report.unreadableCells()).filteredOn(cell -> cell.getCell().startsWith("apply.received."))
                .allSatisfy(cell -> {
                    assertThat(cell.getLocation()).isEqualTo("§三 一、本年新收政府信息公开申请数量");
                    assertThat(cell.getReason()).contains("1/12/0/0/0/0/13 or 11/2/0/0/0/0/13", "does not decide");
                });
        Map<String, Number> read = new LinkedHashMap<>(cells);
        undecided.forEach(read::remove);
        CellsAssert.assertCells(report.cells(), read);
    }

    @Test
    void digitsNoSplitOfWhichAddsUpLeaveTheirRowUnread() throws Rejection {
        Map<String, Number> cells = seedWithApplications(Map.of("received", new int[] {1, 12, 0, 0, 0, 0, 14}));

        ParsedDocument report = parser.parse(flattened(cells));

        assertThat(report.unreadableCells()).isNotEmpty().allSatisfy(cell -> {
            assertThat(cell.getCell()).startsWith("apply.received.");
            assertThat(cell.getReason()).contains("112000014");
        });
        assertThat(report.cells()).containsEntry("apply.handledTotal.total", 0)
                .containsEntry("apply.carriedOver.total", 0);
    }

    @Test
    void aSection2RowThatSplitsSeveralWaysLeavesItsCellsUnread() throws Rejection {
        Map<String, Number> cells = new LinkedHashMap<>(Samples.seed("000").cells());
        cells.put("active.normative.issued", 2);
        cells.put("active.normative.repealed", 0);
        cells.put("active.normative.inForce", 15);

        ParsedDocument report = parser.parse(flattened(cells));

        assertThat(report.unreadableCells()).extracting(UnreadableCell::getCell).containsExactly(
                "active.normative.issued", "active.normative.repealed", "active.normative.inForce");
        assertThat(report.unreadableCells()).allSatisfy(cell -> {
            assertThat(cell.getLocation()).isEqualTo("§二 行政规范性文件");
            assertThat(cell.getReason()).contains("2/0/15 or 20/1/5");
        });
        Map<String, Number> read = new LinkedHashMap<>(cells);
        List.of("active.normative.issued", "active.normative.repealed", "active.normative.inForce")
                .forEach(read::remove);
        CellsAssert.assertCells(report.cells(), read);
        assertThat(report.warnings()).anyMatch(w -> w.contains("行政规范性文件") && w.contains("left unread"));
    }

    /** Seed 000's cells with every §三 cell 0 but the rows given. */
    private static Map<String, Number> seedWithApplications(Map<String, int[]> rows) {
        Map<String, Number> cells = new LinkedHashMap<>(Samples.seed("000").cells());
        cells.replaceAll((id, value) -> id.startsWith("apply.") ? 0 : value);
        rows.forEach((row, values) -> {
            List<String> columns = io.gongkai.schemas.cells.CellCatalog.APPLICANT_COLUMNS;
            for (int c = 0; c < columns.size(); c++) {
                cells.put("apply." + row + "." + columns.get(c), values[c]);
            }
        });
        return cells;
    }

    private static String flattened(Map<String, Number> cells) {
        TableText seed = TableText.fromSeed(Samples.seed("000").text());
        return TableText.fromCells(seed.before(), SeedLayoutsTest.written(cells), Layout.LAYOUT_2021, seed.after())
                .render(TableText.Style.FLAT);
    }
}
