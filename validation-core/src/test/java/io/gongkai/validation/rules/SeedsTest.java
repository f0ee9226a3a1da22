package io.gongkai.validation.rules;

import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.schemas.cells.ReportCells;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The five sample reports balance: they pass every rule, alone and beside a previous year that chains with them. */
class SeedsTest {

    static final List<String> SEEDS = Seeds.NAMES;

    @ParameterizedTest
    @FieldSource("SEEDS")
    void aSeedPassesWithNoFindingAtAll(String seed) {
        ValidationOutcome outcome = Outcomes.validate(Seeds.report(seed));

        assertThat(outcome.getViolations()).isEmpty();
        assertThat(outcome.getStatus()).isEqualTo(OutcomeStatus.PASS);
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void aSeedPassesBesideAPreviousYearThatChainsWithIt(String seed) {
        ParsedReport report = Seeds.report(seed);

        ValidationOutcome outcome = Outcomes.validate(report, Seeds.previousYear(seed, report));

        assertThat(outcome.getViolations()).isEmpty();
        assertThat(outcome.getStatus()).isEqualTo(OutcomeStatus.PASS);
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void aSeedInThe2019LayoutPassesToo(String seed) {
        ParsedReport report = Seeds.report2019(seed, cells -> { });

        ValidationOutcome outcome = Outcomes.validate(report, Seeds.previousYear(seed, report));

        assertThat(outcome.getViolations()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void theOutcomeCarriesTheReportsIdentityAndFigures(String seed) {
        ParsedReport report = Seeds.report(seed);
        Map<String, Number> cells = ReportCells.of(report);

        ValidationOutcome outcome = Outcomes.validate(report);

        assertThat(outcome.getReportId()).isEqualTo(report.getReportId());
        assertThat(outcome.getContentHash()).isEqualTo(report.getContentHash());
        assertThat(outcome.getOrgan()).isEqualTo(report.getOrgan());
        assertThat(outcome.getScope()).isEqualTo(report.getScope());
        assertThat(outcome.getRegion()).isEqualTo(report.getRegion());
        assertThat(outcome.getYear()).isEqualTo(report.getYear());
        assertThat(outcome.getLayout()).isEqualTo(report.getLayout());
        assertThat(outcome.getRulesVersion()).isEqualTo(RulesVersion.CATALOG);
        assertThat(outcome.getCheckedAt()).isEqualTo(Outcomes.CHECKED_AT);
        assertThat(outcome.getFigures().getReceived()).isEqualTo(cells.get("apply.received.total"));
        assertThat(outcome.getFigures().getCarriedOver()).isEqualTo(cells.get("apply.carriedOver.total"));
        assertThat(outcome.getFigures().getCarriedForward()).isEqualTo(cells.get("apply.carriedForward.total"));
        assertThat(outcome.getFigures().getReviewPending()).isEqualTo(cells.get("review.pending"));
        assertThat(outcome.getFigures().getSuitPending())
                .isEqualTo(cells.get("suitDirect.pending").intValue() + cells.get("suitAfterReview.pending").intValue());
    }
}
