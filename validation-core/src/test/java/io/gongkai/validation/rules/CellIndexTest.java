package io.gongkai.validation.rules;

import io.gongkai.events.Layout;
import io.gongkai.events.ParsedReport;
import io.gongkai.schemas.cells.CellCatalog;
import io.gongkai.schemas.cells.ReportCells;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CellIndexTest {

    static final List<String> SEEDS = Seeds.NAMES;

    @ParameterizedTest
    @FieldSource("SEEDS")
    void readsEveryIntegerCellAsReportCellsDoes(String seed) {
        assertSheetMatchesReportCells(Seeds.report(seed));
        assertSheetMatchesReportCells(Seeds.report2019(seed, cells -> cells.put("apply.otherHandling.research", 4)));
    }

    @Test
    void cellsOfAMissingSectionAreAbsent() {
        ParsedReport report = Seeds.report("002");
        report.setReviewsAndSuits(null);
        report.setActive2021(null);

        CellSheet sheet = CellIndex.read(report);

        assertThat(sheet.has(CellIndex.of("review.total"))).isFalse();
        assertThat(sheet.has(CellIndex.of("active.penalty"))).isFalse();
        assertThat(sheet.has(CellIndex.of("apply.received.total"))).isTrue();
        assertThat(sheet.has(CellIndex.of("apply.otherHandling.total"))).as("a cell of the other layout").isFalse();
    }

    @Test
    void amountsAreNotIndexed() {
        assertThatThrownBy(() -> CellIndex.of("active.fees")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("active.fees");
        Set<String> integerCells = Stream.of(Layout.values())
                .flatMap(layout -> CellCatalog.cellIds(layout).stream())
                .filter(id -> !CellCatalog.isAmount(id))
                .collect(Collectors.toSet());
        assertThat(CellIndex.size()).isEqualTo(integerCells.size());
    }

    private static void assertSheetMatchesReportCells(ParsedReport report) {
        CellSheet sheet = CellIndex.read(report);
        Map<String, Number> expected = ReportCells.of(report);
        expected.forEach((id, value) -> {
            if (!CellCatalog.isAmount(id)) {
                assertThat(sheet.has(CellIndex.of(id))).as(id).isTrue();
                assertThat(sheet.value(CellIndex.of(id))).as(id).isEqualTo(value.longValue());
            }
        });
        for (int cell = 0; cell < CellIndex.size(); cell++) {
            assertThat(sheet.has(cell)).as(CellIndex.id(cell)).isEqualTo(expected.containsKey(CellIndex.id(cell)));
        }
    }
}
