package io.gongkai.aggregation.monitoring;

import io.gongkai.aggregation.SeedOutcomes;
import io.gongkai.events.ApplicantCounts;
import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.RegionLevel;
import io.gongkai.events.ReviewDecision;
import io.gongkai.events.Scope;
import io.gongkai.events.Severity;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.events.Violation;
import io.gongkai.events.ViolationReview;
import io.gongkai.schemas.SampleEvents;
import io.gongkai.schemas.TrustedEventClasses;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MonitoringIndexTest {

    static {
        TrustedEventClasses.install();
    }

    private static final Violation UNBALANCED = Violation.newBuilder().setRule("APPLY_BALANCE").setSeverity(Severity.ERROR)
            .setCells(List.of("apply.received.total", "apply.handledTotal.total")).setExpected("39").setActual("38")
            .setMessageZh("收支不平").setMessageEn("does not balance").build();
    private static final Violation NARRATIVE = Violation.newBuilder(UNBALANCED).setRule("NARRATIVE_MISMATCH")
            .setSeverity(Severity.WARNING).setCells(List.of("apply.granted.total")).build();

    private final MonitoringIndex index = new MonitoringIndex();

    @Test
    void everyAncestorSeesItsDescendantsFindings() {
        ValidationOutcome shangtang = violating(SeedOutcomes.seed(0), UNBALANCED, NARRATIVE);
        index.outcome(shangtang.getReportId(), OutcomeStatus.VIOLATION, shangtang);
        passed(SeedOutcomes.seed(1));

        for (String region : List.of("CN", "330000", "330100", "330105", shangtang.getRegion().getCode())) {
            assertThat(index.findings(new FindingQuery(region, null, null, null, null, null), FindingQuery.Sort.RULE, null, 10).total())
                    .as(region).isEqualTo(2);
        }
        assertThat(index.findings(new FindingQuery("110000", null, null, null, null, null), FindingQuery.Sort.RULE, null, 10).total()).isZero();
        assertThat(index.findings(new FindingQuery("CN", null, null, Severity.WARNING, null, null), FindingQuery.Sort.RULE, null, 10).items())
                .extracting(view -> view.finding().rule()).containsExactly("NARRATIVE_MISMATCH");
        assertThat(index.findings(new FindingQuery("CN", shangtang.getYear() + 1, null, null, null, null), FindingQuery.Sort.RULE, null, 10).total()).isZero();
        assertThat(index.findings(new FindingQuery(" ", null, "", null, "", null), FindingQuery.Sort.RULE, "", 10).total())
                .as("blank filters, as empty form fields send them, are no filters").isEqualTo(2);
    }

    @Test
    void aDismissedFindingLeavesTheOpenCountsButStaysListed() {
        ValidationOutcome shangtang = violating(SeedOutcomes.seed(0), UNBALANCED, NARRATIVE);
        index.outcome(shangtang.getReportId(), OutcomeStatus.VIOLATION, shangtang);
        String unbalanced = index.findingsOf(shangtang.getReportId()).get(0).finding().violationId();

        index.review(unbalanced, review(shangtang.getReportId(), unbalanced, ReviewDecision.DISMISSED));

        RegionSummary.Counts counts = index.summary("330000", null).orElseThrow().counts();
        assertThat(counts.openFindings()).isEqualTo(1);
        assertThat(counts.dismissedFindings()).isEqualTo(1);
        assertThat(index.findings(new FindingQuery(null, null, null, null, null, FindingQuery.ReviewFilter.OPEN), FindingQuery.Sort.RULE, null, 10)
                .items()).extracting(view -> view.finding().rule()).containsExactly("NARRATIVE_MISMATCH");
        assertThat(index.findings(FindingQuery.everywhere(), FindingQuery.Sort.RULE, null, 10).items())
                .extracting(FindingView::state).containsExactly(ReviewState.DISMISSED, ReviewState.UNREVIEWED);
    }

    @Test
    void aResubmittedReportThatStillBreaksTheRuleKeepsItsDecision() {
        ValidationOutcome first = violating(SeedOutcomes.seed(0), UNBALANCED);
        index.outcome(first.getReportId(), OutcomeStatus.VIOLATION, first);
        String id = index.findingsOf(first.getReportId()).get(0).finding().violationId();
        index.review(id, review(first.getReportId(), id, ReviewDecision.CONFIRMED));

        Violation stillUnbalanced = Violation.newBuilder(UNBALANCED).setActual("37").build();
        ValidationOutcome corrected = SeedOutcomes.recheck(violating(first, stillUnbalanced), OutcomeStatus.VIOLATION,
                first.getFigures(), first.getCheckedAt().plusSeconds(60));
        index.outcome(corrected.getReportId(), OutcomeStatus.VIOLATION, corrected);

        assertThat(index.findingsOf(first.getReportId())).singleElement().satisfies(view -> {
            assertThat(view.finding().actual()).isEqualTo("37");
            assertThat(view.state()).isEqualTo(ReviewState.CONFIRMED);
        });
    }

    @Test
    void aReportThatNowPassesHasNoFindingsAndALaterTombstoneOfTheOldTopicKeepsIt() {
        ValidationOutcome violated = violating(SeedOutcomes.seed(0), UNBALANCED);
        index.outcome(violated.getReportId(), OutcomeStatus.VIOLATION, violated);
        ValidationOutcome passes = SeedOutcomes.recheck(SeedOutcomes.seed(0), OutcomeStatus.PASS, violated.getFigures(),
                violated.getCheckedAt().plusSeconds(60));
        index.outcome(passes.getReportId(), OutcomeStatus.PASS, passes);
        index.outcome(passes.getReportId(), OutcomeStatus.VIOLATION, null);

        assertThat(index.report(passes.getReportId())).get().satisfies(report -> {
            assertThat(report.status()).isEqualTo(MonitoredReport.Status.PASS);
            assertThat(report.findings()).isEmpty();
        });
    }

    @Test
    void aParsedReportIsPendingUntilChecked_andCarriesItsPeerFigures() {
        ParsedReport parsed = SampleEvents.parsedReport();
        index.parsed(parsed.getReportId(), parsed);

        MonitoredReport report = index.report(parsed.getReportId()).orElseThrow();
        assertThat(report.status()).isEqualTo(MonitoredReport.Status.PENDING);
        assertThat(report.figures()).isEqualTo(new PeerFigures(39, 28, 39, 0, 0));
        assertThat(report.figures().grantedRate()).isEqualTo(28 / 39.0);
        assertThat(report.place().name()).isEqualTo("上塘街道");

        index.parsed(parsed.getReportId(), null);
        assertThat(index.report(parsed.getReportId())).isEmpty();
    }

    @Test
    void reportsOfOneRegionShareOnePathWhetherFromTheParseOrTheOutcome() {
        ParsedReport first = township(0, 10);
        ParsedReport second = township(1, 20);
        ValidationOutcome checkedBeforeItsParse = violating(SeedOutcomes.seed(0), UNBALANCED);
        index.parsed(first.getReportId(), first);
        index.parsed(second.getReportId(), second);
        index.outcome(checkedBeforeItsParse.getReportId(), OutcomeStatus.VIOLATION, checkedBeforeItsParse);

        List<Place> path = index.report(first.getReportId()).orElseThrow().path();
        assertThat(index.report(second.getReportId()).orElseThrow().path()).isSameAs(path);
        assertThat(index.report(checkedBeforeItsParse.getReportId()).orElseThrow().path())
                .isEqualTo(checkedBeforeItsParse.getRegion().getPath().stream()
                        .map(node -> new Place(node.getCode(), node.getName(), node.getLevel())).toList())
                .allSatisfy(place -> assertThat(path).anySatisfy(shared -> assertThat(shared).isSameAs(place)));
    }

    @Test
    void pagesFollowOnByCursorAndCoverEveryFindingOnce() {
        for (int n = 0; n < 5; n++) {
            ValidationOutcome outcome = violating(SeedOutcomes.seed(n), UNBALANCED, NARRATIVE);
            index.outcome(outcome.getReportId(), OutcomeStatus.VIOLATION, outcome);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<FindingView> page = index.findings(FindingQuery.everywhere(), FindingQuery.Sort.ORGAN, cursor, 3);
            assertThat(page.total()).isEqualTo(10);
            page.items().forEach(view -> seen.add(view.finding().violationId()));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).hasSize(10).doesNotHaveDuplicates();
        assertThatIllegalArgumentException().isThrownBy(() -> index.findings(FindingQuery.everywhere(), FindingQuery.Sort.ORGAN, "not-a-cursor", 3))
                .withMessageContaining("cursor");
        assertThatIllegalArgumentException().isThrownBy(() -> index.findings(FindingQuery.everywhere(), FindingQuery.Sort.ORGAN, null, 0))
                .withMessageContaining("limit");
    }

    @Test
    void peersAreTheOrgansOfTheSameLevelAndYearUnderTheRegion_rankedLargestFirst() {
        int[] received = {10, 20, 20, 40};
        List<ParsedReport> townships = new ArrayList<>();
        for (int n = 0; n < received.length; n++) {
            ParsedReport parsed = township(n, received[n]);
            townships.add(parsed);
            index.parsed(parsed.getReportId(), parsed);
        }

        PeerStatistics peers = index.peersOf(townships.get(0).getReportId(), 1).orElseThrow();

        assertThat(peers.level()).isEqualTo(RegionLevel.TOWNSHIP);
        assertThat(peers.region().code()).isEqualTo("330105");
        assertThat(peers.peers()).hasSize(4);
        assertThat(peers.quartiles().get(PeerMeasure.RECEIVED)).isEqualTo(new Quartiles(4, 17.5, 20.0, 25.0));
        MonitoredReport second = index.report(townships.get(1).getReportId()).orElseThrow();
        assertThat(peers.rank(second, PeerMeasure.RECEIVED)).isEqualTo(new PeerStatistics.Rank(2, 4));
        assertThat(peers.rank(index.report(townships.get(0).getReportId()).orElseThrow(), PeerMeasure.RECEIVED))
                .isEqualTo(new PeerStatistics.Rank(4, 4));
        assertThat(index.peers("330105", RegionLevel.TOWNSHIP, Scope.ORGAN, 2022)).get().extracting(PeerStatistics::peers).asList().isEmpty();
    }

    @Test
    void listenersHearEveryChange() {
        List<MonitoringIndex.Change> heard = new ArrayList<>();
        index.onChange(heard::add);
        ValidationOutcome outcome = violating(SeedOutcomes.seed(0), UNBALANCED);

        index.outcome(outcome.getReportId(), OutcomeStatus.VIOLATION, outcome);
        String id = index.findingsOf(outcome.getReportId()).get(0).finding().violationId();
        index.review(id, review(outcome.getReportId(), id, ReviewDecision.DISMISSED));

        assertThat(heard).extracting(MonitoringIndex.Change::reportId).containsExactly(outcome.getReportId(), outcome.getReportId());
        assertThat(heard.get(1).violationId()).isEqualTo(id);
    }

    private void passed(ValidationOutcome outcome) {
        index.outcome(outcome.getReportId(), OutcomeStatus.PASS, outcome);
    }

    private static ValidationOutcome violating(ValidationOutcome outcome, Violation... violations) {
        return ValidationOutcome.newBuilder(outcome).setStatus(OutcomeStatus.VIOLATION).setViolations(List.of(violations)).build();
    }

    private static ViolationReview review(String reportId, String violationId, ReviewDecision decision) {
        return new ViolationReview(violationId, reportId, "APPLY_BALANCE", decision, "经核实", "reviewer-1", Instant.parse("2024-03-01T00:00:00Z"));
    }

    /** A township of 拱墅区 with {@code received} applications, all granted. */
    private static ParsedReport township(int n, int received) {
        ParsedReport sample = SampleEvents.parsedReport();
        ApplicantCounts counts = SampleEvents.counts(received, 0, 0, 0, 0, 0);
        ParsedReport report = ParsedReport.newBuilder(sample)
                .setReportId("33010500" + n + ":街道" + n + ":2023")
                .setOrgan("街道" + n)
                .build();
        report.getApplications().setReceived(counts);
        report.getApplications().setGranted(counts);
        report.getApplications().setHandledTotal(counts);
        return report;
    }
}
