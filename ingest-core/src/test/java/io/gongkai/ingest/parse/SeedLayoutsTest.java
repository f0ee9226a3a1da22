package io.gongkai.ingest.parse;

import io.gongkai.events.Layout;
import io.gongkai.ingest.rejection.Rejection;
import io.gongkai.schemas.cells.CellCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every seed rebuilt in every layout the parser reads, from the seed's own rows: pipe rows, tab rows, one cell per
 * line, cells run together (flattened), and PDF-extracted text (labels broken over lines, numbers separated by
 * spaces). Each must give the seed's expected cells. The 2019 layout is rebuilt from a seed's cells with the
 * catalog's labels, signed changes and amounts with units.
 */
class SeedLayoutsTest {

    private final ReportParser parser = new ReportParser();

    static Stream<Arguments> seedsInEveryLayout() {
        List<Arguments> arguments = new ArrayList<>();
        for (Samples.Seed seed : Samples.seeds()) {
            for (TableText.Style style : TableText.Style.values()) {
                arguments.add(Arguments.of(seed, style));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("seedsInEveryLayout")
    void seedRebuiltInLayoutGivesItsCells(Samples.Seed seed, TableText.Style style) throws Rejection {
        String text = TableText.fromSeed(seed.text()).render(style);

        ParsedDocument report = parser.parse(text);

        CellsAssert.assertCells(report.cells(), seed.cells());
        assertThat(report.blankCells()).isEmpty();
        assertThat(report.year()).isEqualTo(seed.year());
        assertThat(report.layout()).isEqualTo(Layout.LAYOUT_2021);
    }

    @Test
    void flattenedRowsAreSplitByTheRowTotals() throws Rejection {
        String text = TableText.fromSeed(Samples.seed("000").text()).render(TableText.Style.FLAT);
        assertThat(text).contains("一、本年新收政府信息公开申请数量371000139");

        ParsedDocument report = parser.parse(text);

        assertThat(report.cells().get("apply.received.naturalPerson")).isEqualTo(37);
        assertThat(report.warnings()).anyMatch(w -> w.contains("ran together") && w.contains("37/1/0/0/0/1/39"));
    }

    static Stream<Arguments> seedsIn2019Layout() {
        List<Arguments> arguments = new ArrayList<>();
        for (Samples.Seed seed : Samples.seeds()) {
            for (TableText.Style style : List.of(TableText.Style.TABS, TableText.Style.PIPES,
                    TableText.Style.CELL_PER_LINE, TableText.Style.PDF)) {
                arguments.add(Arguments.of(seed, style));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} in the 2019 layout as {1}")
    @MethodSource("seedsIn2019Layout")
    void seedRebuiltIn2019Layout(Samples.Seed seed, TableText.Style style) throws Rejection {
        Map<String, Number> expected = cells2019(seed);
        TableText table = TableText.fromSeed(seed.text()).mapProse(p -> p.replace(String.valueOf(seed.year()), "2020"));
        String text = TableText.fromCells(table.before(), written(expected), Layout.LAYOUT_2019, table.after())
                .render(style);

        ParsedDocument report = parser.parse(text);

        assertThat(report.layout()).isEqualTo(Layout.LAYOUT_2019);
        assertThat(report.year()).isEqualTo(2020);
        CellsAssert.assertCells(report.cells(), expected);
        assertThat(List.copyOf(report.cells().keySet())).isEqualTo(CellCatalog.cellIds(Layout.LAYOUT_2019));
        assertThat(report.cells().get("active.procurement.amountYuan")).isInstanceOf(Double.class);
        assertThat(report.cells().get("active.licensing.change")).isInstanceOf(Integer.class);
    }

    /**
     * The seed's figures in the 2019 layout: §二 from its 2021 items (new ones derived from them, with signed changes
     * and a yuan amount), §三 with the three （六） rows summed into one, §四 unchanged.
     */
    static Map<String, Number> cells2019(Samples.Seed seed) {
        Map<String, Number> seedCells = seed.cells();
        int licensing = seedCells.get("active.licensing").intValue();
        int penalty = seedCells.get("active.penalty").intValue();
        Map<String, Number> cells = new LinkedHashMap<>();
        for (String id : CellCatalog.cellIds(Layout.LAYOUT_2019)) {
            Number value;
            if (id.startsWith("active.rules.") || id.startsWith("active.normative.")) {
                String item = id.substring(0, id.lastIndexOf('.'));
                value = seedCells.get(item + (id.endsWith("totalPublished") ? ".inForce" : ".issued"));
            } else if (id.startsWith("apply.otherHandling.")) {
                String column = id.substring(id.lastIndexOf('.') + 1);
                value = seedCells.get("apply.otherHandling.noCorrection." + column).intValue()
                        + seedCells.get("apply.otherHandling.unpaidFee." + column).intValue()
                        + seedCells.get("apply.otherHandling.other." + column).intValue();
            } else if (seedCells.containsKey(id)) {
                value = seedCells.get(id);
            } else {
                value = switch (id) {
                    case "active.licensing.previous" -> licensing + 18;
                    case "active.licensing.change" -> -18;
                    case "active.licensing.decisions" -> licensing;
                    case "active.penalty.previous" -> penalty + 2;
                    case "active.penalty.change" -> 2;
                    case "active.penalty.decisions" -> penalty;
                    case "active.otherServices.change" -> 3;
                    case "active.procurement.amountYuan" -> penalty > 100 ? 75394432.52 : 251000.0;
                    case "active.procurement.projects" -> penalty > 100 ? 12 : 1;
                    default -> penalty % 7;
                };
            }
            cells.put(id, value);
        }
        return cells;
    }

    /** Cells as an organ writes them: signed changes ("+2", "-18"), amounts with their unit ("251000元"). */
    static Map<String, String> written(Map<String, Number> cells) {
        Map<String, String> written = new LinkedHashMap<>();
        cells.forEach((id, value) -> {
            String text = Reading.format(value.doubleValue());
            if (CellCatalog.isSignedChange(id) && value.intValue() > 0) {
                text = "+" + text;
            } else if (id.equals("active.procurement.amountYuan")) {
                text = text + "元";
            }
            written.put(id, text);
        });
        return written;
    }
}
