package io.gongkai.ingest.parse;

import io.gongkai.ingest.rejection.Rejection;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lines or cells lost on the way (a PDF numbers line, one cell of a row, a whole row): the figures that remain stay
 * in their own rows, even where rows summed together would balance either way.
 */
class LostLinesTest {

    private final ReportParser parser = new ReportParser();

    @Test
    void aLostNumbersLineDoesNotShiftTheRowAboveIntoIt() throws Rejection {
        Samples.Seed seed = Samples.seed("003");
        String text = withoutLine(TableText.fromSeed(seed.text()).render(TableText.Style.PDF), "只计这一", "0  0");

        ParsedDocument report = parser.parse(text);

        assertThat(report.cells()).containsEntry("apply.granted.total", 12).containsEntry("apply.partlyGranted.total", 0);
        assertThat(report.blankCells()).contains("apply.partlyGranted.total");
        assertThat(report.warnings()).anyMatch(w -> w.contains("部分公开") && w.contains("no figures"));
    }

    @Test
    void aLostNumbersLineDoesNotShiftTheRowBelowIntoIt() throws Rejection {
        Samples.Seed seed = Samples.seed("000");
        String pdf = TableText.fromSeed(seed.text()).render(TableText.Style.PDF);
        int received = pdf.indexOf("37  1  0");
        String text = pdf.substring(0, received) + withoutLine(pdf.substring(received), "政府信息公开", "0  0");

        ParsedDocument report = parser.parse(text);

        CellsAssert.assertCells(report.cells(), seed.cells());
        assertThat(report.warnings()).anyMatch(w -> w.contains("上年结转政府信息公开申请数量 was not found"));
    }

    @Test
    void aCellLostBesideSpanPaddingIsPlacedByTheArithmetic() throws Rejection {
        Samples.Seed seed = Samples.seed("003");
        String text = TableText.fromSeed(seed.text())
                .withRow("(七)总计", cells -> {
                    List<String> lost = new ArrayList<>(cells);
                    lost.remove(TableText.valueCell(cells, 3));
                    return lost;
                })
                .render(TableText.Style.TABS);

        ParsedDocument report = parser.parse(text);

        CellsAssert.assertCells(report.cells(), seed.cells());
        assertThat(report.blankCells()).singleElement().asString().startsWith("apply.handledTotal.");
        assertThat(report.warnings()).anyMatch(w -> w.contains("（七）总计") && w.contains("arithmetic chose"));
    }

    @Test
    void aRowAloneIsNotSplitIntoTheNextRowWhenThatRowIsLost() throws Rejection {
        Samples.Seed seed = Samples.seed("003");
        String text = TableText.fromSeed(seed.text()).withoutRow("行政强制").render(TableText.Style.FLAT);

        ParsedDocument report = parser.parse(text);

        assertThat(report.cells()).containsEntry("active.penalty", 780).containsEntry("active.coercion", 0);
        assertThat(report.blankCells()).containsExactly("active.coercion");
    }

    /** The text without the first line that contains all the parts. */
    private static String withoutLine(String text, String... parts) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (List.of(parts).stream().allMatch(line::contains)) {
                lines.remove(i);
                return String.join("\n", lines);
            }
        }
        throw new IllegalArgumentException("no line with " + List.of(parts));
    }
}
