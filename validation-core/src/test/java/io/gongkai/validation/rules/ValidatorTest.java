package io.gongkai.validation.rules;

import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.Severity;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.events.Violation;
import io.gongkai.schemas.cells.CellCatalog;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The engine: one rule per catalog id, status, order, severities, and messages officers can act on. */
class ValidatorTest {

    /** 000 with a broken balance, a broken row total and a blank cell, and a late, misdated publication. */
    private static ParsedReport manyFindings() {
        ParsedReport report = Seeds.report("000", cells -> {
            cells.put("apply.carriedForward.naturalPerson", 1);
            cells.put("apply.carriedForward.total", 1);
            cells.put("apply.granted.research", 1);
        });
        report.setBlankCells(List.of("apply.granted.otherOrg"));
        report.setPublished(LocalDate.parse("2025-02-10"));
        report.getNarrative().setReceived(40);
        return report;
    }

    @Test
    void theEngineRunsEachCatalogRuleOnceInCatalogOrder() {
        assertThat(Validator.RULES).extracting(Rule::id).containsExactly(RuleId.values());
        assertThat(Set.copyOf(Validator.RULES.stream().map(Object::getClass).toList())).hasSize(RuleId.values().length);
    }

    @Test
    void anApplyBalanceMessageSpellsOutTheEquationWithOfficialLabels() {
        ParsedReport report = Seeds.report("000", cells -> cells.put("apply.carriedForward.naturalPerson", 1));

        Violation violation = Outcomes.violations(RuleId.APPLY_BALANCE, report).get(0);

        assertThat(violation.getMessageZh()).isEqualTo(
                "三、本年度办理结果（七）总计·自然人 (37) 加 四、结转下年度继续办理·自然人 (1) 应等于 一、本年新收政府信息公开申请数量·自然人 (37) 加 "
                        + "二、上年结转政府信息公开申请数量·自然人 (0)：期望 37，实际 38");
        assertThat(violation.getMessageEn()).isEqualTo(
                "三、本年度办理结果（七）总计·自然人 (37) plus 四、结转下年度继续办理·自然人 (1) should equal 一、本年新收政府信息公开申请数量·自然人 (37) plus "
                        + "二、上年结转政府信息公开申请数量·自然人 (0): expected 37, actual 38");
    }

    @Test
    void messagesNameEveryCellTheyReadByItsOfficialLabelInBothLanguages() {
        ParsedReport report = manyFindings();
        report.getReviewsAndSuits().getSuitDirect().setTotal(1);
        report.getActive2021().setPenalty(-1);
        ParsedReport previous = Seeds.previousYear("000", report);
        previous.getApplications().getCarriedForward().setResearch(2);
        previous.getReviewsAndSuits().getReview().setPending(1);
        previous.getActive2021().getRules().setInForce(3);

        List<Violation> violations = Outcomes.validate(report, previous).getViolations();

        assertThat(violations).extracting(Violation::getRule).contains("APPLY_BALANCE", "APPLY_ROW_TOTAL", "LITIGATION_TOTAL",
                "NEGATIVE_COUNT", "NARRATIVE_MISMATCH", "CARRY_OVER_CHAIN", "PENDING_CHAIN", "IN_FORCE_DRIFT", "BLANK_CELLS");
        for (Violation violation : violations) {
            List<String> named = violation.getRule().equals("APPLY_HANDLED_SUM") ? violation.getCells().subList(0, 1) : violation.getCells();
            for (String cell : named) {
                assertThat(violation.getMessageZh()).as(violation.getRule() + " zh").contains(CellCatalog.label(cell));
                assertThat(violation.getMessageEn()).as(violation.getRule() + " en").contains(CellCatalog.label(cell));
            }
            assertThat(violation.getMessageZh()).as(violation.getRule()).contains("期望 ").contains("实际 ");
            assertThat(violation.getMessageEn()).as(violation.getRule()).contains("expected ").contains("actual ");
        }
    }

    @Test
    void violationsAreOrderedBySeverityThenCatalogThenCells() {
        ValidationOutcome outcome = Outcomes.validate(manyFindings());

        assertThat(outcome.getViolations())
                .extracting(Violation::getRule, Violation::getSeverity, violation -> violation.getCells().isEmpty() ? "" : violation.getCells().get(0))
                .containsExactly(
                        tuple("APPLY_BALANCE", Severity.ERROR, "apply.received.naturalPerson"),
                        tuple("APPLY_BALANCE", Severity.ERROR, "apply.received.total"),
                        tuple("APPLY_HANDLED_SUM", Severity.ERROR, "apply.handledTotal.research"),
                        tuple("APPLY_ROW_TOTAL", Severity.ERROR, "apply.granted.naturalPerson"),
                        tuple("NARRATIVE_MISMATCH", Severity.WARNING, "apply.received.total"),
                        tuple("YEAR_MISMATCH", Severity.WARNING, ""),
                        tuple("LATE_PUBLICATION", Severity.WARNING, ""),
                        tuple("BLANK_CELLS", Severity.INFO, "apply.granted.otherOrg"));
    }

    @Test
    void configuredSeveritiesReorderTheViolations() {
        Validator validator = new Validator(Severities.overriding(Map.of("APPLY_BALANCE", Severity.INFO, "BLANK_CELLS", Severity.ERROR)));

        ValidationOutcome outcome = validator.validate(manyFindings(), Optional.empty(), Outcomes.CHECKED_AT);

        assertThat(outcome.getViolations()).extracting(Violation::getRule, Violation::getSeverity).containsExactly(
                tuple("APPLY_HANDLED_SUM", Severity.ERROR),
                tuple("APPLY_ROW_TOTAL", Severity.ERROR),
                tuple("BLANK_CELLS", Severity.ERROR),
                tuple("NARRATIVE_MISMATCH", Severity.WARNING),
                tuple("YEAR_MISMATCH", Severity.WARNING),
                tuple("LATE_PUBLICATION", Severity.WARNING),
                tuple("APPLY_BALANCE", Severity.INFO),
                tuple("APPLY_BALANCE", Severity.INFO));
        assertThat(outcome.getRulesVersion()).isEqualTo(RulesVersion.CATALOG + "+APPLY_BALANCE=INFO,BLANK_CELLS=ERROR");
    }

    @Test
    void onlyInfoFindingsStillPass() {
        ParsedReport report = Seeds.report("003");
        report.setBlankCells(List.of("review.other"));

        ValidationOutcome outcome = Outcomes.validate(report);

        assertThat(outcome.getViolations()).extracting(Violation::getSeverity).containsExactly(Severity.INFO);
        assertThat(outcome.getStatus()).isEqualTo(OutcomeStatus.PASS);
    }

    @Test
    void aWarningOrAnErrorIsAViolation() {
        ParsedReport warned = Seeds.report("003");
        warned.setPublished(LocalDate.parse("2024-02-20"));
        ParsedReport broken = Seeds.report("003", cells -> cells.put("apply.granted.total", 11));

        assertThat(Outcomes.validate(warned).getStatus()).isEqualTo(OutcomeStatus.VIOLATION);
        assertThat(Outcomes.validate(broken).getStatus()).isEqualTo(OutcomeStatus.VIOLATION);
    }

    @Test
    void statusFollowsConfiguredSeverities() {
        ParsedReport broken = Seeds.report("003", cells -> cells.put("apply.granted.total", 11));
        ParsedReport blank = Seeds.report("003");
        blank.setBlankCells(List.of("review.other"));
        Validator lenient = new Validator(Severities.overriding(Map.of("APPLY_ROW_TOTAL", Severity.INFO, "APPLY_HANDLED_SUM", Severity.INFO)));
        Validator strict = new Validator(Severities.overriding(Map.of("BLANK_CELLS", Severity.WARNING)));

        assertThat(lenient.validate(broken, Optional.empty(), Outcomes.CHECKED_AT).getStatus()).isEqualTo(OutcomeStatus.PASS);
        assertThat(strict.validate(blank, Optional.empty(), Outcomes.CHECKED_AT).getStatus()).isEqualTo(OutcomeStatus.VIOLATION);
    }

    @Test
    void withoutSections2And4OnlyMissingSectionSpeaksOfThem() {
        ParsedReport report = Seeds.report("002");
        report.setActive2021(null);
        report.setReviewsAndSuits(null);
        report.getNarrative().setReviews(3);
        ParsedReport previous = Seeds.previousYear("002", Seeds.report("002"));
        previous.getReviewsAndSuits().getReview().setPending(2);
        previous.getActive2021().getRules().setInForce(7);

        ValidationOutcome outcome = Outcomes.validate(report, previous);

        assertThat(outcome.getViolations()).extracting(Violation::getRule, Violation::getExpected)
                .containsExactly(tuple("MISSING_SECTION", "ACTIVE"), tuple("MISSING_SECTION", "REVIEWS_AND_SUITS"));
        assertThat(outcome.getFigures().getReviewPending()).isZero();
        assertThat(outcome.getFigures().getSuitPending()).isZero();
        assertThat(outcome.getFigures().getReceived()).isEqualTo(1);
        assertThat(outcome.getFigures().getCarriedForward()).isEqualTo(1);
    }

    @Test
    void theFiguresSumBothKindsOfPendingLawsuits() {
        ParsedReport report = Seeds.report("002", cells -> {
            cells.put("suitDirect.pending", 2);
            cells.put("suitDirect.total", 2);
            cells.put("suitAfterReview.pending", 1);
            cells.put("suitAfterReview.total", 1);
        });

        ValidationOutcome outcome = Outcomes.validate(report);

        assertThat(outcome.getFigures().getSuitPending()).isEqualTo(3);
        assertThat(outcome.getFigures().getReviewPending()).isEqualTo(1);
    }
}
