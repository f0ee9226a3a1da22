package io.gongkai.ingest.parse;

import io.gongkai.events.UnreadableCell;
import io.gongkai.ingest.rejection.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Damage seen in real reports, done to the seeds: the cells must still read as expected, blanks as 0 and listed.
 * Each seed keeps its own layout: 000 one cell per line, 001 tab rows, 003 pipe rows.
 */
class DamageTest {

    private static final Map<String, TableText.Style> NATIVE = Map.of(
            "000", TableText.Style.CELL_PER_LINE, "001", TableText.Style.TABS, "003", TableText.Style.PIPES);

    private final ReportParser parser = new ReportParser();

    static Stream<Arguments> seedsAndBlankMarkers() {
        List<Arguments> arguments = new ArrayList<>();
        for (String seed : NATIVE.keySet().stream().sorted().toList()) {
            for (String marker : List.of("", "-", "—", "/")) {
                arguments.add(Arguments.of(seed, marker));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} with \"{1}\"")
    @MethodSource("seedsAndBlankMarkers")
    void blankCellsReadAsZeroAndListed(String number, String marker) throws Rejection {
        Samples.Seed seed = Samples.seed(number);
        String text = TableText.fromSeed(seed.text())
                .withRow("规章", cells -> TableText.replace(cells, TableText.valueCell(cells, 0), marker))
                .withRow("重复申请", cells -> TableText.replace(cells, TableText.valueCell(cells, 2), marker))
                .withRow("上年结转", cells -> TableText.replace(cells, TableText.valueCell(cells, 0), marker))
                .mapRows(line -> line.cells().size() >= 15 && line.label().isEmpty()
                        ? TableText.Line.row(
                                TableText.replace(line.cells(), TableText.valueCell(line.cells(), 6), marker))
                        : line)
                .render(NATIVE.get(number));

        ParsedDocument report = parser.parse(text);

        CellsAssert.assertCells(report.cells(), seed.cells());
        assertThat(report.blankCells()).containsExactly("active.rules.issued", "apply.carriedOver.naturalPerson",
                "apply.notProcessed.duplicate.research", "suitDirect.corrected");
    }

    @ParameterizedTest
    @MethodSource("io.gongkai.ingest.parse.SeedReportsTest#seeds")
    void fullWidthDigitsAndUnicodeSpaces(Samples.Seed seed) throws Rejection {
        StringBuilder damaged = new StringBuilder();
        for (char c : seed.text().toCharArray()) {
            damaged.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        String text = damaged.toString().replace("\t", "\t\u3000").replace("\n", "\u2002\n");

        ParsedDocument report = parser.parse(text);

        CellsAssert.assertCells(report.cells(), seed.cells());
        assertThat(report.year()).isEqualTo(seed.year());
        assertThat(report.blankCells()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nativeSeeds")
    void newlineInsideCells(String number) throws Rejection {
        Samples.Seed seed = Samples.seed(number);
        String text = TableText.fromSeed(seed.text())
                .withRow("部分公开", cells -> breakLabel(cells, "部分公开"))
                .withRow("确认或重新出具", cells -> breakLabel(cells, "确认或重新出具"))
                .withRow("本机关不掌握", cells -> breakLabel(cells, "本机关不掌握"))
                .render(NATIVE.get(number));

        ParsedDocument report = parser.parse(text);

        CellsAssert.assertCells(report.cells(), seed.cells());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nativeSeeds")
    void rowShiftedByAMissingLabelCell(String number) throws Rejection {
        Samples.Seed seed = Samples.seed(number);
        String text = TableText.fromSeed(seed.text())
                .withRow("属于行政查询事项", DamageTest::withoutLabelCell)
                .withRow("其他法律行政法规禁止公开", DamageTest::withoutLabelCell)
                .render(NATIVE.get(number));

        ParsedDocument report = parser.parse(text);

        CellsAssert.assertCells(report.cells(), seed.cells());
        assertThat(report.warnings()).anyMatch(w -> w.contains("属于行政查询事项 has no label"));
    }

    @Test
    void rowsRunOnWithoutTheirLabels() throws Rejection {
        Samples.Seed seed = Samples.seed("001");
        List<String> lines = new ArrayList<>(List.of(seed.text().split("\n", -1)));
        int first = indexOf(lines, "1. 属于国家秘密");
        String next = lines.remove(first + 1);
        assertThat(next).contains("2. 其他法律行政法规禁止公开");
        lines.set(first, lines.get(first) + next.substring(next.indexOf("公开") + 2));

        ParsedDocument report = parser.parse(String.join("\n", lines));

        CellsAssert.assertCells(report.cells(), seed.cells());
        assertThat(report.warnings()).anyMatch(w -> w.contains("ran on without their labels"));
    }

    @ParameterizedTest
    @MethodSource("io.gongkai.ingest.parse.SeedReportsTest#seeds")
    void labelTypos(Samples.Seed seed) throws Rejection {
        String text = seed.text()
                .replace("其他法律行政法规禁止公开", "其他法律行政止公开")
                .replace("属于国家秘密", "属于国家秘蜜")
                .replace("本机关不掌握相关政府信息", "本机关不掌捂相关政府信急")
                .replace("行政处罚", "行政处伐");

        ParsedDocument report = parser.parse(text);

        CellsAssert.assertCells(report.cells(), seed.cells());
        assertThat(report.warnings()).anyMatch(w -> w.contains("from the label") && w.contains("其他法律行政止公开"));
    }

    @ParameterizedTest
    @MethodSource("io.gongkai.ingest.parse.SeedReportsTest#seeds")
    void headingsNumberedOtherwise(Samples.Seed seed) throws Rejection {
        String text = seed.text()
                .replaceAll("(?m)^三、收到和处理", "（3）收到和处理")
                .replaceAll("(?m)^四、政府信息公开行政复议", "4、政府信息公开行政复议")
                .replaceAll("(?m)^五、存在的主要问题", "5、存在的主要问题")
                .replaceAll("(?m)^二、主动公开政府信息情况", "(二) 主动公开政府信息情况");

        ParsedDocument report = parser.parse(text);

        CellsAssert.assertCells(report.cells(), seed.cells());
        assertThat(report.sections()).hasSize(6);
    }

    @Test
    void aMissingRowReadsAsBlankZerosWhereTheArithmeticAgrees() throws Rejection {
        Samples.Seed seed = Samples.seed("000");
        String text = TableText.fromSeed(seed.text()).withoutRow("行政事业性收费").withoutRow("重复申请")
                .render(TableText.Style.CELL_PER_LINE);

        ParsedDocument report = parser.parse(text);

        CellsAssert.assertCells(report.cells(), seed.cells());
        assertThat(report.blankCells()).startsWith("active.fees").contains("apply.notProcessed.duplicate.total");
        assertThat(report.warnings()).anyMatch(w -> w.contains("行政事业性收费 was not found"))
                .anyMatch(w -> w.contains("2.重复申请 was not found"));
    }

    @Test
    void aMissingRowThatHeldFiguresLeavesItsCellsUnreadWhereTheArithmeticBreaks() throws Rejection {
        String text = TableText.fromSeed(Samples.seed("000").text()).withoutRow("3.其他")
                .render(TableText.Style.CELL_PER_LINE);

        ParsedDocument report = parser.parse(text);

        assertLostOtherHandling(report);
    }

    @Test
    void aRowOfAnotherNameIsNotTakenForAMissingOne() throws Rejection {
        String text = TableText.fromSeed(Samples.seed("000").text())
                .withRow("3.其他", cells -> TableText.replace(cells, TableText.labelCell(cells), "其中：网上申请"))
                .render(TableText.Style.CELL_PER_LINE);

        ParsedDocument report = parser.parse(text);

        assertLostOtherHandling(report);
    }

    /** Seed 000 without its row 3.其他 (0/1/0/0/0/0/1): its 商业企业 and 总计 cells are unread, the rest 0. */
    private static void assertLostOtherHandling(ParsedDocument report) {
        assertThat(report.unreadableCells()).extracting(UnreadableCell::getCell)
                .containsExactly("apply.otherHandling.other.commercial", "apply.otherHandling.other.total");
        assertThat(report.unreadableCells()).allSatisfy(cell -> {
            assertThat(cell.getLocation()).isEqualTo("§三 三、本年度办理结果（六）其他处理 3.其他");
            assertThat(cell.getReason()).contains("arithmetic does not hold");
        });
        assertThat(report.cells()).doesNotContainKeys("apply.otherHandling.other.commercial",
                "apply.otherHandling.other.total").containsEntry("apply.otherHandling.other.naturalPerson", 0);
        assertThat(report.cells()).containsEntry("apply.handledTotal.total", 39);
    }

    @Test
    void everyDamageAtOnce() throws Rejection {
        Samples.Seed seed = Samples.seed("000");
        String text = TableText.fromSeed(seed.text())
                .withRow("重复申请", cells -> TableText.replace(cells, TableText.valueCell(cells, 2), "—"))
                .withRow("属于行政查询事项", DamageTest::withoutLabelCell)
                .withRow("部分公开", cells -> breakLabel(cells, "部分公开"))
                .render(TableText.Style.CELL_PER_LINE)
                .replace("其他法律行政法规禁止公开", "其他法律行政止公开")
                .replace("三、收到和处理", "（3）收到和处理")
                .replace("37", "３７")
                .replace("\t", "\t\u3000");

        ParsedDocument report = parser.parse(text);

        CellsAssert.assertCells(report.cells(), seed.cells());
        assertThat(report.blankCells()).containsExactly("apply.notProcessed.duplicate.research");
    }

    static Stream<String> nativeSeeds() {
        return NATIVE.keySet().stream().sorted();
    }

    private static List<String> breakLabel(List<String> cells, String label) {
        List<String> broken = new ArrayList<>(cells);
        for (int i = 0; i < broken.size(); i++) {
            String cell = broken.get(i);
            int at = cell.indexOf(label);
            if (at >= 0) {
                broken.set(i, cell.substring(0, at + 2) + "\n" + cell.substring(at + 2));
            }
        }
        return broken;
    }

    private static List<String> withoutLabelCell(List<String> cells) {
        List<String> shifted = new ArrayList<>(cells);
        shifted.remove(TableText.labelCell(cells));
        return shifted;
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        throw new IllegalArgumentException(part);
    }
}
