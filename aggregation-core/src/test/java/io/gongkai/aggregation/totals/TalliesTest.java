package io.gongkai.aggregation.totals;

import io.gongkai.aggregation.SeedOutcomes;
import io.gongkai.events.RegionLevel;
import io.gongkai.events.RegionTally;
import io.gongkai.events.RegionTotals;
import io.gongkai.events.ReportFigures;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TalliesTest {

    @Test
    void addingAndSubtractingAContributionLeavesTheTotalAsItWas() {
        RegionTally total = Contributions.of(SeedOutcomes.seed(0)).get("330000:2023");
        RegionTally other = Contributions.of(SeedOutcomes.seed(3)).get("330000:2023");

        RegionTally both = Tallies.plus(total, other);
        assertThat(both.getReports()).isEqualTo(2);
        assertThat(both.getChildren()).isEqualTo(Map.of("330100", 1, "330600", 1));

        assertThat(Tallies.plus(both, Tallies.negate(other))).isEqualTo(total);
    }

    @Test
    void childWithoutReportsIsDropped() {
        RegionTally total = Contributions.of(SeedOutcomes.seed(0)).get("330000:2023");

        RegionTally nothing = Tallies.plus(total, Tallies.negate(total));

        assertThat(nothing.getChildren()).isEmpty();
        assertThat(Tallies.isZero(nothing)).isTrue();
        assertThat(Tallies.isZero(Tallies.empty())).isTrue();
        assertThat(Tallies.isZero(total)).isFalse();
    }

    @Test
    void totalsWithoutAnAreaReportHaveNoAreaFigures() {
        RegionTally tally = Tallies.plus(Tallies.empty(), Contributions.of(SeedOutcomes.seed(0)).get("330105:2023"));

        RegionTotals totals = Tallies.totals(tally);

        assertThat(totals.getRegionCode()).isEqualTo("330105");
        assertThat(totals.getName()).isEqualTo("拱墅区");
        assertThat(totals.getLevel()).isEqualTo(RegionLevel.COUNTY);
        assertThat(totals.getYear()).isEqualTo(2023);
        assertThat(totals.getReports()).isEqualTo(1);
        assertThat(totals.getPassed()).isEqualTo(1);
        assertThat(totals.getFigures()).isEqualTo(new ReportFigures(39, 0, 0, 0, 0));
        assertThat(totals.getAreaReported()).isNull();
        assertThat(totals.getAreaDifference()).isNull();
        assertThat(totals.getChildren()).containsExactly("330105008");
    }

    @Test
    void areaDifferenceIsAreaReportedMinusTheSumOfOrganReports() {
        ReportFigures area = new ReportFigures(70, 3, 5, 2, 1);
        RegionTally tally = Tallies.plus(
                Contributions.of(SeedOutcomes.seed(0)).get("330105:2023"),
                Contributions.of(SeedOutcomes.gongshuArea(2023, area)).get("330105:2023"));

        RegionTotals totals = Tallies.totals(tally);

        assertThat(totals.getReports()).isEqualTo(1);
        assertThat(totals.getAreaReported()).isEqualTo(area);
        assertThat(totals.getAreaDifference()).isEqualTo(new ReportFigures(31, 3, 5, 2, 1));
    }

    @Test
    void childrenAreListedInCodeOrder() {
        RegionTally country = Tallies.empty();
        for (int seed : new int[] {3, 1, 0}) {
            country = Tallies.plus(country, Contributions.of(SeedOutcomes.seed(seed)).get("CN:2023"));
        }

        assertThat(Tallies.totals(country).getChildren()).containsExactly("330000", "410000");
    }
}
