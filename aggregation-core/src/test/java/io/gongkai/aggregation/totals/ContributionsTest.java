package io.gongkai.aggregation.totals;

import io.gongkai.aggregation.SeedOutcomes;
import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.RegionLevel;
import io.gongkai.events.RegionTally;
import io.gongkai.events.ReportFigures;
import io.gongkai.events.ValidationOutcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ContributionsTest {

    private static final ReportFigures SHANGTANG = new ReportFigures(39, 0, 0, 0, 0);

    @Test
    void organReportCountsInEveryRegionOfItsPathAndTheCountry() {
        Map<String, RegionTally> contributions = Contributions.of(SeedOutcomes.seed(0));

        assertThat(contributions).containsOnlyKeys("CN:2023", "330000:2023", "330100:2023", "330105:2023", "330105008:2023");
        assertThat(contributions.values()).allSatisfy(tally -> {
            assertThat(tally.getYear()).isEqualTo(2023);
            assertThat(tally.getContributors()).isEqualTo(1);
            assertThat(tally.getReports()).isEqualTo(1);
            assertThat(tally.getPassed()).isEqualTo(1);
            assertThat(tally.getViolating()).isZero();
            assertThat(tally.getFigures()).isEqualTo(SHANGTANG);
            assertThat(tally.getAreaReports()).isZero();
        });
        assertThat(contributions.get("CN:2023")).satisfies(country -> {
            assertThat(country.getName()).isEqualTo("全国");
            assertThat(country.getLevel()).isEqualTo(RegionLevel.COUNTRY);
            assertThat(country.getChildren()).isEqualTo(Map.of("330000", 1));
        });
        assertThat(contributions.get("330100:2023")).satisfies(prefecture -> {
            assertThat(prefecture.getName()).isEqualTo("杭州市");
            assertThat(prefecture.getLevel()).isEqualTo(RegionLevel.PREFECTURE);
            assertThat(prefecture.getChildren()).isEqualTo(Map.of("330105", 1));
        });
        assertThat(contributions.get("330105008:2023").getLevel()).isEqualTo(RegionLevel.TOWNSHIP);
        assertThat(contributions.get("330105008:2023").getChildren()).isEmpty();
    }

    @Test
    void violatingReportCountsAsViolatingAndStillCarriesItsFigures() {
        ValidationOutcome violating = SeedOutcomes.recheck(SeedOutcomes.seed(0), OutcomeStatus.VIOLATION, SHANGTANG, Instant.now());

        assertThat(Contributions.of(violating).values()).allSatisfy(tally -> {
            assertThat(tally.getReports()).isEqualTo(1);
            assertThat(tally.getPassed()).isZero();
            assertThat(tally.getViolating()).isEqualTo(1);
            assertThat(tally.getFigures()).isEqualTo(SHANGTANG);
        });
    }

    @Test
    void unresolvedReportCountsUnderTheCountryAndTheUnresolvedBucketOnly() {
        Map<String, RegionTally> contributions = Contributions.of(SeedOutcomes.unresolved("某某街道办事处", 2023, SHANGTANG));

        assertThat(contributions).containsOnlyKeys("CN:2023", "unresolved:2023");
        assertThat(contributions.get("unresolved:2023")).satisfies(bucket -> {
            assertThat(bucket.getName()).isEqualTo("未解析地区");
            assertThat(bucket.getLevel()).isEqualTo(RegionLevel.COUNTRY);
            assertThat(bucket.getReports()).isEqualTo(1);
            assertThat(bucket.getFigures()).isEqualTo(SHANGTANG);
        });
        assertThat(contributions.get("CN:2023").getReports()).isEqualTo(1);
        assertThat(contributions.get("CN:2023").getChildren()).as("the bucket is no province").isEmpty();
    }

    @Test
    void areaReportIsTheAreaReportedOfItsOwnRegionAndSumsNowhere() {
        ReportFigures area = new ReportFigures(70, 3, 5, 2, 1);
        Map<String, RegionTally> contributions = Contributions.of(SeedOutcomes.gongshuArea(2023, area));

        assertThat(contributions).containsOnlyKeys("CN:2023", "330000:2023", "330100:2023", "330105:2023");
        assertThat(contributions.values()).allSatisfy(tally -> {
            assertThat(tally.getContributors()).isEqualTo(1);
            assertThat(tally.getReports()).isZero();
            assertThat(tally.getPassed()).isZero();
            assertThat(Figures.isZero(tally.getFigures())).isTrue();
        });
        assertThat(contributions.get("330105:2023")).satisfies(county -> {
            assertThat(county.getAreaReports()).isEqualTo(1);
            assertThat(county.getAreaFigures()).isEqualTo(area);
            assertThat(county.getChildren()).isEmpty();
        });
        assertThat(contributions.get("330100:2023").getAreaReports()).isZero();
        assertThat(contributions.get("330100:2023").getChildren()).isEqualTo(Map.of("330105", 1));
    }

    @Test
    void unresolvedAreaReportHasNoAreaAndContributesNothing() {
        ValidationOutcome area = SeedOutcomes.gongshuArea(2023, SHANGTANG);
        ValidationOutcome unresolved = ValidationOutcome.newBuilder(area)
                .setRegion(SeedOutcomes.unresolved("x", 2023, SHANGTANG).getRegion())
                .build();

        assertThat(Contributions.of(unresolved)).isEmpty();
    }

    @Test
    void noOutcomeContributesNothing() {
        assertThat(Contributions.of(null)).isEmpty();
    }

    @Test
    void correctedVersionMovesEveryTotalByTheDifference() {
        ValidationOutcome first = SeedOutcomes.seed(3);
        ValidationOutcome corrected = SeedOutcomes.recheck(first, OutcomeStatus.PASS, new ReportFigures(25, 1, 4, 1, 2), Instant.now());

        Map<String, RegionTally> change = Contributions.change(first, corrected);

        assertThat(change).containsOnlyKeys("CN:2023", "330000:2023", "330600:2023", "330681:2023", "330681001:2023");
        assertThat(change.values()).allSatisfy(delta -> {
            assertThat(delta.getContributors()).isZero();
            assertThat(delta.getReports()).isZero();
            assertThat(delta.getPassed()).isZero();
            assertThat(delta.getFigures()).isEqualTo(new ReportFigures(5, 1, 2, 0, 2));
            assertThat(delta.getChildren().values()).allMatch(count -> count == 0);
        });
    }

    @Test
    void identicalVersionChangesNothing() {
        ValidationOutcome first = SeedOutcomes.seed(0);
        ValidationOutcome rechecked = SeedOutcomes.recheck(first, OutcomeStatus.PASS, first.getFigures(), Instant.now());

        assertThat(Contributions.change(first, first)).isEmpty();
        assertThat(Contributions.change(first, rechecked)).isEmpty();
    }

    @Test
    void statusMoveShiftsTheReportFromPassedToViolating() {
        ValidationOutcome passed = SeedOutcomes.seed(0);
        ValidationOutcome violating = SeedOutcomes.recheck(passed, OutcomeStatus.VIOLATION, passed.getFigures(), Instant.now());

        assertThat(Contributions.change(passed, violating)).hasSize(5).allSatisfy((key, delta) -> {
            assertThat(delta.getReports()).isZero();
            assertThat(delta.getPassed()).isEqualTo(-1);
            assertThat(delta.getViolating()).isEqualTo(1);
            assertThat(Figures.isZero(delta.getFigures())).isTrue();
        });
    }

    @Test
    void retractionSubtractsTheWholeContribution() {
        ValidationOutcome report = SeedOutcomes.seed(2);

        Map<String, RegionTally> change = Contributions.change(report, null);

        assertThat(change).containsOnlyKeys(Contributions.of(report).keySet().toArray(String[]::new));
        change.forEach((key, delta) -> assertThat(Tallies.plus(Contributions.of(report).get(key), delta)).matches(Tallies::isZero));
    }

    @Test
    void seedsSumToTheExpectedRegionalTotals() {
        Map<String, RegionTally> totals = new HashMap<>();
        SeedOutcomes.all().forEach(seed -> Contributions.of(seed).forEach((key, tally) -> totals.merge(key, tally, Tallies::plus)));

        assertThat(totals.get("330000:2023")).satisfies(zhejiang -> {
            assertThat(zhejiang.getReports()).isEqualTo(3);
            assertThat(zhejiang.getFigures()).isEqualTo(new ReportFigures(59, 0, 2, 1, 0));
            assertThat(zhejiang.getChildren()).isEqualTo(Map.of("330100", 2, "330600", 1));
        });
        assertThat(totals.get("330100:2023").getReports()).isEqualTo(2);
        assertThat(totals.get("330100:2023").getFigures().getReceived()).isEqualTo(39);
        assertThat(totals.get("330105:2021").getFigures()).isEqualTo(new ReportFigures(1, 0, 1, 1, 0));
        assertThat(totals.get("330681:2023").getFigures()).isEqualTo(new ReportFigures(20, 0, 2, 1, 0));
        assertThat(totals.get("410000:2023").getReports()).isEqualTo(1);
        assertThat(Figures.isZero(totals.get("410000:2023").getFigures())).isTrue();
        assertThat(totals.get("CN:2023").getReports()).isEqualTo(4);
        assertThat(totals.get("CN:2021").getReports()).isEqualTo(1);
    }
}
