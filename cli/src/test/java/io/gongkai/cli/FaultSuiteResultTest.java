package io.gongkai.cli;

import io.gongkai.events.OutcomeStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The fault suite's verdict without a broker: a workload, its recount, and ledgers that match it or do not. */
class FaultSuiteResultTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final List<FaultSuite.Fault> RECOVERED = List.of(new FaultSuite.Fault("kill -9 ingest-service", Duration.ZERO,
            Duration.ofSeconds(12)));

    private static List<FaultWorkload.Submission> submissions;
    private static Recount recount;

    @BeforeAll
    static void recountAWorkload() throws Exception {
        FaultWorkload workload = new FaultWorkload(BenchFaults.templates(ROOT));
        submissions = List.of(workload.submissions(30).toArray(FaultWorkload.Submission[]::new));
        recount = Recount.of(submissions);
    }

    @Test
    void theWorkloadHasEveryKindOfRecordAndItsFollowUpsKeepOneReportPerDepartment() {
        assertThat(submissions).extracting(FaultWorkload.Submission::kind)
                .contains(FaultWorkload.Kind.NEW, FaultWorkload.Kind.DUPLICATE, FaultWorkload.Kind.MIRROR, FaultWorkload.Kind.CORRECTION,
                        FaultWorkload.Kind.UNREADABLE, FaultWorkload.Kind.UNDECODABLE);
        assertThat(recount.reportIds()).hasSize(30);
        assertThat(recount.rejectedSources()).isNotEmpty();
        assertThat(recount.totals().keySet()).contains("CN:2020", "CN:2023", "330681:2020", "410303:2021");
    }

    @Test
    void aLedgerEqualToTheRecountHasNothingLostOrDoubled() {
        FaultSuite.Result result = new FaultSuite.Result(RECOVERED, submissions, recount, faithfulLedger(recount.totals()));

        assertThat(result.totalsDiffering()).isEmpty();
        assertThat(result.nothingLostOrDoubled()).isTrue();
        assertThat(result.table()).contains("totals equal: yes", "nothing lost or counted twice: yes");
    }

    @Test
    void aReportCountedTwiceInOneRegionYearIsFound() {
        Map<String, Recount.Tally> totals = new TreeMap<>(recount.totals());
        totals.compute("330681:2020", (key, tally) -> tally.plus(tally));

        FaultSuite.Result result = new FaultSuite.Result(RECOVERED, submissions, recount, faithfulLedger(totals));

        assertThat(result.totalsDiffering()).singleElement().asString().startsWith("330681:2020");
        assertThat(result.nothingLostOrDoubled()).isFalse();
        assertThat(result.table()).contains("totals equal: NO");
    }

    @Test
    void aLostOutcomeOrAFaultNeverRecoveredFromFailsTheRun() {
        Ledger ledger = faithfulLedger(recount.totals());
        ledger.outcomes().remove(recount.reportIds().iterator().next());
        assertThat(new FaultSuite.Result(RECOVERED, submissions, recount, ledger).nothingLostOrDoubled()).isFalse();

        List<FaultSuite.Fault> neverRecovered = List.of(new FaultSuite.Fault("broker restarted", Duration.ofSeconds(5), null));
        FaultSuite.Result stuck = new FaultSuite.Result(neverRecovered, submissions, recount, faithfulLedger(recount.totals()));
        assertThat(stuck.nothingLostOrDoubled()).isFalse();
        assertThat(stuck.table()).contains("never");
    }

    private static Ledger faithfulLedger(Map<String, Recount.Tally> totals) {
        Map<String, OutcomeStatus> outcomes = new HashMap<>();
        recount.reportIds().forEach(reportId -> outcomes.put(reportId, OutcomeStatus.PASS));
        return new Ledger(outcomes, recount.rejectedSources(),
                Map.of("gongkai.reports.raw.v1-dlt", recount.undecodable()), totals);
    }
}
