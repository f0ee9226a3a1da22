package io.gongkai.validation.rules;

import io.gongkai.events.ParsedReport;
import io.gongkai.events.Severity;
import io.gongkai.events.Violation;
import io.gongkai.schemas.cells.CellCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The rules that read the same organ's report for the year before: CARRY_OVER_CHAIN, PENDING_CHAIN, COPIED_REPORT, IN_FORCE_DRIFT. */
class CrossYearRulesTest {

    static final List<String> SEEDS = Seeds.NAMES;
    static final List<RuleId> CROSS_YEAR = List.of(RuleId.CARRY_OVER_CHAIN, RuleId.PENDING_CHAIN, RuleId.COPIED_REPORT, RuleId.IN_FORCE_DRIFT);

    @ParameterizedTest
    @FieldSource("SEEDS")
    void aChainingPreviousYearTripsNoCrossYearRule(String seed) {
        ParsedReport report = Seeds.report(seed);
        ParsedReport previous = Seeds.previousYear(seed, report);

        for (RuleId rule : CROSS_YEAR) {
            assertThat(Outcomes.violations(rule, report, previous)).as(rule.name()).isEmpty();
        }
    }

    @Test
    void withoutThePreviousYearTheyStaySilent() {
        ParsedReport report = Seeds.report("003");
        report.getApplications().getCarriedOver().setNaturalPerson(9);

        for (RuleId rule : CROSS_YEAR) {
            assertThat(Outcomes.violations(rule, report)).as(rule.name()).isEmpty();
        }
    }

    @Test
    void aPreviousReportOfAnotherYearIsRefused() {
        ParsedReport report = Seeds.report("003");
        ParsedReport sameYear = Seeds.report("003");

        assertThatThrownBy(() -> Outcomes.validate(report, sameYear))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be on 2022, not 2023");
    }

    @Test
    void carryOverChainComparesEachColumnWithWhatTheYearBeforeCarriedForward() {
        ParsedReport report = Seeds.report("003");
        ParsedReport previous = Seeds.previousYear("003", report);
        previous.getApplications().getCarriedForward().setNaturalPerson(3);
        previous.getApplications().getCarriedForward().setTotal(3);

        List<Violation> violations = Outcomes.violations(RuleId.CARRY_OVER_CHAIN, report, previous);

        assertThat(violations)
                .extracting(Violation::getSeverity, Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(
                        tuple(Severity.WARNING, List.of("apply.carriedOver.naturalPerson", "apply.carriedForward.naturalPerson"), "3", "0"),
                        tuple(Severity.WARNING, List.of("apply.carriedOver.total", "apply.carriedForward.total"), "3", "0"));
        assertThat(violations.get(0).getMessageZh()).isEqualTo(
                "二、上年结转政府信息公开申请数量·自然人 (0) 应等于上年（2022 年度）报告的 四、结转下年度继续办理·自然人 (3)：期望 3，实际 0");
        assertThat(violations.get(0).getMessageEn()).isEqualTo(
                "二、上年结转政府信息公开申请数量·自然人 (0) should equal 四、结转下年度继续办理·自然人 (3) of the 2022 report: expected 3, actual 0");
    }

    @Test
    void carryOverChainAcrossTheChangeOfLayout() {
        ParsedReport on2021 = Seeds.report("002");
        ParsedReport on2020 = Seeds.report2019("002", cells -> {
            CellCatalog.APPLICANT_COLUMNS.forEach(column -> cells.put("apply.carriedForward." + column, 0));
            cells.put("apply.carriedForward.research", 1);
            cells.put("apply.carriedForward.total", 1);
        });

        assertThat(Outcomes.violations(RuleId.CARRY_OVER_CHAIN, on2021, on2020))
                .extracting(Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(
                        tuple(List.of("apply.carriedOver.research", "apply.carriedForward.research"), "1", "0"),
                        tuple(List.of("apply.carriedOver.total", "apply.carriedForward.total"), "1", "0"));
    }

    @Test
    void pendingChainWantsLastYearsPendingCasesCountedThisYear() {
        ParsedReport report = Seeds.report("000");
        ParsedReport previous = Seeds.previousYear("000", report);
        previous.getReviewsAndSuits().getReview().setPending(2);
        previous.getReviewsAndSuits().getSuitDirect().setPending(1);

        List<Violation> violations = Outcomes.violations(RuleId.PENDING_CHAIN, report, previous);

        assertThat(violations)
                .extracting(Violation::getSeverity, Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(
                        tuple(Severity.INFO, List.of("review.total", "review.pending"), "≥ 2", "0"),
                        tuple(Severity.INFO, List.of("suitDirect.total", "suitDirect.pending"), "≥ 1", "0"));
        assertThat(violations.get(0).getMessageZh()).isEqualTo(
                "四、行政复议·总计 (0) 应不少于上年（2022 年度）报告的 四、行政复议·尚未审结 (2)：上年尚未审结的案件，本年应计入审结结果或仍计为尚未审结：期望 ≥ 2，实际 0");
    }

    @Test
    void pendingChainIsSatisfiedWhenThisYearsTotalCoversThem() {
        ParsedReport report = Seeds.report("002");
        ParsedReport previous = Seeds.previousYear("002", report);
        previous.getReviewsAndSuits().getReview().setPending(1);

        assertThat(report.getReviewsAndSuits().getReview().getTotal()).isEqualTo(1);
        assertThat(Outcomes.violations(RuleId.PENDING_CHAIN, report, previous)).isEmpty();
    }

    @Test
    void pendingChainNeedsSection4InBothYears() {
        ParsedReport report = Seeds.report("000");
        ParsedReport previous = Seeds.previousYear("000", report);
        previous.getReviewsAndSuits().getReview().setPending(2);
        report.setReviewsAndSuits(null);

        assertThat(Outcomes.violations(RuleId.PENDING_CHAIN, report, previous)).isEmpty();
    }

    @Test
    void copiedReportFlagsProseMostlyTakenFromTheYearBefore() {
        ParsedReport report = Seeds.report("000");
        ParsedReport previous = Seeds.previousYear("000", report);
        previous.setProse(report.getProse().replace("2023", "2022").replace("39", "41").replace("28", "30"));

        List<Violation> violations = Outcomes.violations(RuleId.COPIED_REPORT, report, previous);

        assertThat(violations)
                .extracting(Violation::getSeverity, Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(tuple(Severity.INFO, List.of(), "≤ 50%", "100.0%"));
        assertThat(violations.get(0).getMessageZh()).startsWith("本年报告正文有 100.0% 与上年（2022 年度）报告正文相同");
    }

    @Test
    void copiedReportDrawsTheLineAtHalf() {
        ParsedReport report = Seeds.report("004");
        String prose = report.getProse();
        String unrelated = Seeds.prose("003");

        assertThat(copiedShare(report, prose.substring(0, prose.length() * 7 / 10) + unrelated))
                .singleElement().satisfies(share -> assertThat(Double.parseDouble(share.replace("%", ""))).isBetween(60.0, 80.0));
        assertThat(copiedShare(report, prose.substring(0, prose.length() * 3 / 10) + unrelated)).isEmpty();
    }

    @Test
    void copiedReportLeavesProseTooShortToJudge() {
        ParsedReport report = Seeds.report("001");
        report.setProse("本年度未收到政府信息公开申请。");
        ParsedReport previous = Seeds.previousYear("001", report);
        previous.setProse(report.getProse());

        assertThat(Outcomes.violations(RuleId.COPIED_REPORT, report, previous)).isEmpty();
    }

    @Test
    void inForceDriftCarriesLastYearsInForceCountThroughThisYearsIssuedAndRepealed() {
        ParsedReport report = Seeds.report("003");
        ParsedReport previous = Seeds.previousYear("003", report);
        previous.getActive2021().getNormative().setInForce(4);

        List<Violation> violations = Outcomes.violations(RuleId.IN_FORCE_DRIFT, report, previous);

        assertThat(violations)
                .extracting(Violation::getSeverity, Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(tuple(Severity.INFO,
                        List.of("active.normative.inForce", "active.normative.issued", "active.normative.repealed"), "3", "0"));
        assertThat(violations.get(0).getMessageZh()).isEqualTo(
                "第二十条第（一）项·行政规范性文件·现行有效件数 (0) 应等于上年（2022 年度）报告的 第二十条第（一）项·行政规范性文件·现行有效件数 (4) "
                        + "加本年 第二十条第（一）项·行政规范性文件·本年制发件数 (1) 减本年 第二十条第（一）项·行政规范性文件·本年废止件数 (2)：期望 3，实际 0");
    }

    @Test
    void inForceDriftNeedsThe2021LayoutAndSection2InBothYears() {
        ParsedReport on2021 = Seeds.report("002", cells -> cells.put("active.rules.inForce", 5));
        ParsedReport on2020 = Seeds.report2019("002", cells -> { });
        ParsedReport withoutSection2 = Seeds.previousYear("002", on2021);
        withoutSection2.setActive2021(null);

        assertThat(Outcomes.violations(RuleId.IN_FORCE_DRIFT, on2021, on2020)).isEmpty();
        assertThat(Outcomes.violations(RuleId.IN_FORCE_DRIFT, on2021, withoutSection2)).isEmpty();
    }

    private static List<String> copiedShare(ParsedReport report, String previousProse) {
        ParsedReport previous = ParsedReport.newBuilder(report).setYear(report.getYear() - 1).setProse(previousProse).build();
        return Outcomes.violations(RuleId.COPIED_REPORT, report, previous).stream().map(Violation::getActual).toList();
    }
}
