package io.gongkai.validation.rules;

import io.gongkai.events.Layout;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.Severity;
import io.gongkai.events.Violation;
import io.gongkai.schemas.cells.CellCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The form's own arithmetic (ERROR): APPLY_BALANCE, APPLY_HANDLED_SUM, APPLY_ROW_TOTAL, LITIGATION_TOTAL, NEGATIVE_COUNT. */
class ArithmeticRulesTest {

    static final List<String> SEEDS = Seeds.NAMES;
    static final List<RuleId> ARITHMETIC = List.of(RuleId.APPLY_BALANCE, RuleId.APPLY_HANDLED_SUM, RuleId.APPLY_ROW_TOTAL,
            RuleId.LITIGATION_TOTAL, RuleId.NEGATIVE_COUNT);

    @ParameterizedTest
    @FieldSource("SEEDS")
    void theUnmutatedSeedsTripNoArithmeticRuleInEitherLayout(String seed) {
        for (ParsedReport report : List.of(Seeds.report(seed), Seeds.report2019(seed, cells -> { }))) {
            for (RuleId rule : ARITHMETIC) {
                assertThat(Outcomes.violations(rule, report)).as(rule + " on " + report.getLayout()).isEmpty();
            }
        }
    }

    @Test
    void applyBalanceNamesTheColumnsWhoseIntakeIsNotAccountedFor() {
        ParsedReport report = Seeds.report("000", cells -> {
            cells.put("apply.carriedForward.naturalPerson", 1);
            cells.put("apply.carriedForward.total", 1);
        });

        assertThat(Outcomes.violations(RuleId.APPLY_BALANCE, report))
                .extracting(Violation::getSeverity, Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(
                        tuple(Severity.ERROR, columnCells("naturalPerson"), "37", "38"),
                        tuple(Severity.ERROR, columnCells("total"), "39", "40"));
        assertThat(Outcomes.validate(report).getViolations()).extracting(Violation::getRule).containsOnly("APPLY_BALANCE");
    }

    @Test
    void applyBalanceIn2019Layout() {
        ParsedReport report = Seeds.report2019("003", cells -> cells.put("apply.received.research", 2));

        assertThat(Outcomes.violations(RuleId.APPLY_BALANCE, report))
                .extracting(Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(tuple(columnCells("research"), "2", "0"));
    }

    @Test
    void applyHandledSumComparesTheTotalWithEveryResultRowOfThe2021Layout() {
        ParsedReport report = Seeds.report("000", cells -> {
            cells.put("apply.granted.naturalPerson", 27);
            cells.put("apply.granted.total", 27);
        });

        List<Violation> violations = Outcomes.violations(RuleId.APPLY_HANDLED_SUM, report);

        assertThat(violations)
                .extracting(Violation::getSeverity, Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(
                        tuple(Severity.ERROR, handledCells(Layout.LAYOUT_2021, "naturalPerson"), "37", "36"),
                        tuple(Severity.ERROR, handledCells(Layout.LAYOUT_2021, "total"), "39", "38"));
        assertThat(violations.get(0).getCells()).hasSize(1 + 21);
        assertThat(violations.get(0).getMessageZh()).isEqualTo(
                "三、本年度办理结果（一）至（六）各项同列之和 (36) 应等于 三、本年度办理结果（七）总计·自然人 (37)：期望 37，实际 36；其中不为 0 的项："
                        + "三、本年度办理结果（一）予以公开·自然人 (27)、三、本年度办理结果（三）不予公开 8.属于行政查询事项·自然人 (2)、"
                        + "三、本年度办理结果（四）无法提供 1.本机关不掌握相关政府信息·自然人 (7)");
        assertThat(violations.get(0).getMessageEn()).isEqualTo(
                "The sum of items （一） to （六） of 三、本年度办理结果 in the same column (36) should equal 三、本年度办理结果（七）总计·自然人 (37): "
                        + "expected 37, actual 36; the items that are not 0: 三、本年度办理结果（一）予以公开·自然人 (27), "
                        + "三、本年度办理结果（三）不予公开 8.属于行政查询事项·自然人 (2), 三、本年度办理结果（四）无法提供 1.本机关不掌握相关政府信息·自然人 (7)");
    }

    @Test
    void applyHandledSumCountsTheSingleOtherHandlingRowOfThe2019Layout() {
        ParsedReport report = Seeds.report2019("000", cells -> {
            cells.put("apply.otherHandling.commercial", 2);
            cells.put("apply.otherHandling.total", 2);
        });

        List<Violation> violations = Outcomes.violations(RuleId.APPLY_HANDLED_SUM, report);

        assertThat(violations)
                .extracting(Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(
                        tuple(handledCells(Layout.LAYOUT_2019, "commercial"), "1", "2"),
                        tuple(handledCells(Layout.LAYOUT_2019, "total"), "39", "40"));
        assertThat(violations.get(0).getCells()).hasSize(1 + 19).contains("apply.otherHandling.commercial");
    }

    @Test
    void applyRowTotalComparesTheTotalWithTheSixApplicantColumns() {
        ParsedReport report = Seeds.report("000", cells -> cells.put("apply.unavailable.notHeld.otherOrg", 0));

        List<Violation> violations = Outcomes.violations(RuleId.APPLY_ROW_TOTAL, report);

        assertThat(violations)
                .extracting(Violation::getSeverity, Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(tuple(Severity.ERROR, rowCells("unavailable.notHeld"), "8", "7"));
        assertThat(violations.get(0).getMessageZh()).isEqualTo(
                "三、本年度办理结果（四）无法提供 1.本机关不掌握相关政府信息·自然人 (7) 加 三、本年度办理结果（四）无法提供 1.本机关不掌握相关政府信息·法人或其他组织·商业企业 (0) 加 "
                        + "三、本年度办理结果（四）无法提供 1.本机关不掌握相关政府信息·法人或其他组织·科研机构 (0) 加 "
                        + "三、本年度办理结果（四）无法提供 1.本机关不掌握相关政府信息·法人或其他组织·社会公益组织 (0) 加 "
                        + "三、本年度办理结果（四）无法提供 1.本机关不掌握相关政府信息·法人或其他组织·法律服务机构 (0) 加 "
                        + "三、本年度办理结果（四）无法提供 1.本机关不掌握相关政府信息·法人或其他组织·其他 (0) 应等于 "
                        + "三、本年度办理结果（四）无法提供 1.本机关不掌握相关政府信息·总计 (8)：期望 8，实际 7");
    }

    @Test
    void applyRowTotalChecksEveryRowOfEitherLayout() {
        ParsedReport report2021 = Seeds.report("001", cells -> CellCatalog.applicationRows(Layout.LAYOUT_2021)
                .forEach(row -> cells.put("apply." + row + ".total", 1)));
        ParsedReport report2019 = Seeds.report2019("001", cells -> CellCatalog.applicationRows(Layout.LAYOUT_2019)
                .forEach(row -> cells.put("apply." + row + ".total", 1)));

        assertThat(Outcomes.violations(RuleId.APPLY_ROW_TOTAL, report2021)).hasSize(25)
                .extracting(violation -> violation.getCells().get(6))
                .containsExactlyElementsOf(CellCatalog.applicationRows(Layout.LAYOUT_2021).stream().map(row -> "apply." + row + ".total").toList());
        assertThat(Outcomes.violations(RuleId.APPLY_ROW_TOTAL, report2019)).hasSize(23)
                .extracting(violation -> violation.getCells().get(6))
                .contains("apply.otherHandling.total");
    }

    @Test
    void litigationTotalComparesEachKindsTotalWithItsOutcomes() {
        ParsedReport report = Seeds.report("002", cells -> {
            cells.put("review.total", 2);
            cells.put("suitAfterReview.upheld", 1);
        });

        assertThat(Outcomes.violations(RuleId.LITIGATION_TOTAL, report))
                .extracting(Violation::getSeverity, Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(
                        tuple(Severity.ERROR, caseCells("review"), "2", "1"),
                        tuple(Severity.ERROR, caseCells("suitAfterReview"), "0", "1"));
    }

    @Test
    void litigationTotalIn2019Layout() {
        ParsedReport report = Seeds.report2019("002", cells -> cells.put("suitDirect.pending", 3));

        assertThat(Outcomes.violations(RuleId.LITIGATION_TOTAL, report))
                .extracting(Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(tuple(caseCells("suitDirect"), "0", "3"));
    }

    @Test
    void negativeCountFlagsEachNegativeCount() {
        ParsedReport report = Seeds.report("000", cells -> {
            cells.put("active.penalty", -5);
            cells.put("apply.granted.research", -1);
            cells.put("apply.granted.naturalPerson", 29);
        });

        assertThat(Outcomes.violations(RuleId.NEGATIVE_COUNT, report))
                .extracting(Violation::getSeverity, Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(
                        tuple(Severity.ERROR, List.of("active.penalty"), "≥ 0", "-5"),
                        tuple(Severity.ERROR, List.of("apply.granted.research"), "≥ 0", "-1"));
    }

    @Test
    void negativeCountLeavesSignedChangesAndAmountsOfThe2019LayoutAlone() {
        ParsedReport report = Seeds.report2019("004", cells -> {
            cells.put("active.penalty.change", -18);
            cells.put("active.fees.change", -1);
            cells.put("active.procurement.amountYuan", -1.0);
            cells.put("active.penalty.previous", -2);
        });

        assertThat(report.getActive2019().getLicensing().getChange()).isNegative();
        assertThat(Outcomes.violations(RuleId.NEGATIVE_COUNT, report))
                .extracting(Violation::getCells, Violation::getActual)
                .containsExactly(tuple(List.of("active.penalty.previous"), "-2"));
    }

    private static List<String> columnCells(String column) {
        return Stream.of("received", "carriedOver", "handledTotal", "carriedForward").map(row -> "apply." + row + "." + column).toList();
    }

    private static List<String> handledCells(Layout layout, String column) {
        List<String> cells = new ArrayList<>(List.of("apply.handledTotal." + column));
        CellCatalog.resultRows(layout).forEach(row -> cells.add("apply." + row + "." + column));
        return cells;
    }

    private static List<String> rowCells(String row) {
        return CellCatalog.APPLICANT_COLUMNS.stream().map(column -> "apply." + row + "." + column).toList();
    }

    private static List<String> caseCells(String kind) {
        return CellCatalog.CASE_COLUMNS.stream().map(column -> kind + "." + column).toList();
    }
}
