package io.gongkai.validation.rules;

import io.gongkai.events.ParsedReport;
import io.gongkai.events.Severity;
import io.gongkai.events.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** NARRATIVE_MISMATCH: each figure the prose states against its cells. */
class NarrativeMismatchTest {

    static final List<String> SEEDS = Seeds.NAMES;

    @ParameterizedTest
    @FieldSource("SEEDS")
    void proseThatAgreesWithTheTableTripsNothing(String seed) {
        assertThat(Outcomes.violations(RuleId.NARRATIVE_MISMATCH, Seeds.report(seed))).isEmpty();
    }

    @Test
    void receivedAgainstTheApplicationsReceived() {
        ParsedReport report = Seeds.report("000");
        report.getNarrative().setReceived(40);

        List<Violation> violations = Outcomes.violations(RuleId.NARRATIVE_MISMATCH, report);

        assertThat(violations)
                .extracting(Violation::getSeverity, Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(tuple(Severity.WARNING, List.of("apply.received.total"), "39", "40"));
        assertThat(violations.get(0).getMessageZh())
                .isEqualTo("一、总体情况中所述本年收到政府信息公开申请 40 件，应等于 一、本年新收政府信息公开申请数量·总计 (39)：期望 39，实际 40");
        assertThat(violations.get(0).getMessageEn())
                .isEqualTo("The prose of 一、总体情况 states 40 applications received; it should equal 一、本年新收政府信息公开申请数量·总计 (39): expected 39, actual 40");
    }

    @Test
    void receivedIncludingCarryOverAgainstReceivedPlusCarriedOver() {
        ParsedReport report = Seeds.report("000", cells -> {
            cells.put("apply.carriedOver.naturalPerson", 2);
            cells.put("apply.carriedOver.total", 2);
        });
        report.getNarrative().setReceived(41);

        assertThat(Outcomes.violations(RuleId.NARRATIVE_MISMATCH, report))
                .as("41 read as received alone")
                .extracting(Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(tuple(List.of("apply.received.total"), "39", "41"));

        report.getNarrative().setReceivedIncludesCarriedOver(true);
        assertThat(Outcomes.violations(RuleId.NARRATIVE_MISMATCH, report)).as("41 = 39 received + 2 carried over").isEmpty();

        report.getNarrative().setReceived(39);
        assertThat(Outcomes.violations(RuleId.NARRATIVE_MISMATCH, report))
                .extracting(Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(tuple(List.of("apply.received.total", "apply.carriedOver.total"), "41", "39"));
    }

    @Test
    void grantedUnavailableAndCarriedForward() {
        ParsedReport report = Seeds.report("003");
        report.getNarrative().setGranted(13);
        report.getNarrative().setUnavailable(6);
        report.getNarrative().setCarriedForward(0);

        assertThat(Outcomes.violations(RuleId.NARRATIVE_MISMATCH, report))
                .extracting(Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(
                        tuple(List.of("apply.granted.total"), "12", "13"),
                        tuple(List.of("apply.unavailable.notHeld.total", "apply.unavailable.needsCreation.total", "apply.unavailable.unclear.total"), "5", "6"),
                        tuple(List.of("apply.carriedForward.total"), "2", "0"));
    }

    @Test
    void reconsiderationsAndLawsuits() {
        ParsedReport report = Seeds.report("002");
        report.getNarrative().setReviews(0);
        report.getNarrative().setSuits(2);

        assertThat(Outcomes.violations(RuleId.NARRATIVE_MISMATCH, report))
                .extracting(Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(
                        tuple(List.of("review.total"), "1", "0"),
                        tuple(List.of("suitDirect.total", "suitAfterReview.total"), "0", "2"));
    }

    @Test
    void figuresTheProseDoesNotStateOrWhoseSectionIsMissingAreNotChecked() {
        ParsedReport silent = Seeds.report("000");
        silent.getNarrative().setReceived(null);
        silent.getNarrative().setGranted(null);
        ParsedReport withoutSection4 = Seeds.report("002");
        withoutSection4.setReviewsAndSuits(null);
        withoutSection4.getNarrative().setReviews(5);
        withoutSection4.getNarrative().setSuits(5);

        assertThat(Outcomes.violations(RuleId.NARRATIVE_MISMATCH, silent)).isEmpty();
        assertThat(Outcomes.violations(RuleId.NARRATIVE_MISMATCH, withoutSection4)).isEmpty();
    }
}
