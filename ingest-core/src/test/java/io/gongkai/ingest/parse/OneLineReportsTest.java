package io.gongkai.ingest.parse;

import io.gongkai.ingest.rejection.Rejection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report whose whole body is one line — sections, row labels and figures run together, as scrapers that strip line
 * breaks deliver it — parses exactly like its line-broken twin: every seed, flattened, gives the seed's cells, year
 * and organ.
 */
class OneLineReportsTest {

    private final ReportParser parser = new ReportParser();

    static List<Samples.Seed> seeds() {
        return Samples.seeds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void figuresRunTogetherOnOneLine(Samples.Seed seed) throws Rejection {
        String text = TableText.fromSeed(seed.text()).oneLine("");
        assertThat(text).doesNotContain("\n");

        assertReadsAsTheSeed(parser.parse(text), seed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void cellsSeparatedBySpacesOnOneLine(Samples.Seed seed) throws Rejection {
        String text = TableText.fromSeed(seed.text()).oneLine(" ");

        assertReadsAsTheSeed(parser.parse(text), seed);
    }

    /** Seeds with figures in §三: a §三 whose every row was blank and dropped leaves only its header. */
    static List<Samples.Seed> seedsWithApplications() {
        return Samples.seeds().stream().filter(seed -> seed.cells().entrySet().stream()
                .anyMatch(cell -> cell.getKey().startsWith("apply.") && cell.getValue().intValue() != 0)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedsWithApplications")
    void blankRowsDroppedOnOneLine(Samples.Seed seed) throws Rejection {
        String text = TableText.fromSeed(seed.text()).withoutZeroRows().oneLine("");

        ParsedDocument report = parser.parse(text);

        CellsAssert.assertCells(report.cells(), seed.cells());
        assertThat(report.warnings()).anyMatch(w -> w.contains("was not found; its cells read as 0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void blankRowsAsBareLabelsOnOneLine(Samples.Seed seed) throws Rejection {
        String text = TableText.fromSeed(seed.text()).withZeroRowsAsBareLabels().oneLine("");

        ParsedDocument report = parser.parse(text);

        CellsAssert.assertCells(report.cells(), seed.cells());
        assertThat(report.blankCells()).isNotEmpty().allMatch(cell -> cell.startsWith("apply."));
        assertThat(report.warnings()).anyMatch(w -> w.contains("have their label but no figures"));
    }

    private static void assertReadsAsTheSeed(ParsedDocument report, Samples.Seed seed) {
        CellsAssert.assertCells(report.cells(), seed.cells());
        assertThat(report.blankCells()).isEmpty();
        assertThat(report.year()).isEqualTo(seed.year());
        assertThat(report.title()).isNotNull();
    }
}
