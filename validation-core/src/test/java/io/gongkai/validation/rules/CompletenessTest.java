package io.gongkai.validation.rules;

import io.gongkai.events.Layout;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.Section;
import io.gongkai.events.Severity;
import io.gongkai.events.UnreadableCell;
import io.gongkai.events.Violation;
import io.gongkai.schemas.cells.CellCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** MISSING_SECTION, BLANK_CELLS and UNREADABLE_CELLS. */
class CompletenessTest {

    @Test
    void aSectionTheParserDidNotFindIsMissing() {
        ParsedReport report = Seeds.report("001");
        report.setSections(List.of(Section.OVERVIEW, Section.ACTIVE, Section.APPLICATIONS, Section.REVIEWS_AND_SUITS, Section.OTHER_MATTERS));

        List<Violation> violations = Outcomes.violations(RuleId.MISSING_SECTION, report);

        assertThat(violations)
                .extracting(Violation::getSeverity, Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(tuple(Severity.WARNING, List.of(), "PROBLEMS", "missing"));
        assertThat(violations.get(0).getMessageZh()).startsWith("缺少第五部分“五、存在的主要问题及改进情况”");
    }

    @Test
    void aMissingTableOfSection2Or4ListsItsCells() {
        ParsedReport report = Seeds.report("002");
        report.setActive2021(null);
        report.setReviewsAndSuits(null);
        report.setSections(List.of(Section.OVERVIEW, Section.APPLICATIONS, Section.REVIEWS_AND_SUITS, Section.PROBLEMS, Section.OTHER_MATTERS));

        List<Violation> violations = Outcomes.violations(RuleId.MISSING_SECTION, report);

        assertThat(violations)
                .extracting(Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(
                        tuple(sectionCells(Layout.LAYOUT_2021, "active."), "ACTIVE", "table missing"),
                        tuple(sectionCells(Layout.LAYOUT_2021, "review.", "suitDirect.", "suitAfterReview."), "REVIEWS_AND_SUITS", "table missing"));
        assertThat(violations.get(0).getCells()).hasSize(10);
        assertThat(violations.get(1).getCells()).hasSize(15);
        assertThat(violations.get(0).getMessageZh()).startsWith("缺少“二、主动公开政府信息情况”的表格，其 10 个单元格（第二十条第（一）项·规章·本年制发件数 等）没有数据");
    }

    @Test
    void aMissing2019TableListsThe2019Cells() {
        ParsedReport report = Seeds.report2019("002", cells -> { });
        report.setActive2019(null);

        assertThat(Outcomes.violations(RuleId.MISSING_SECTION, report))
                .extracting(Violation::getCells)
                .containsExactly(sectionCells(Layout.LAYOUT_2019, "active."));
    }

    @Test
    void blankCellsAreListedInFormOrder() {
        ParsedReport report = Seeds.report("003");
        report.setBlankCells(List.of("review.other", "apply.granted.research", "active.fees"));

        List<Violation> violations = Outcomes.violations(RuleId.BLANK_CELLS, report);

        assertThat(violations)
                .extracting(Violation::getSeverity, Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(tuple(Severity.INFO, List.of("active.fees", "apply.granted.research", "review.other"), "0", "3"));
        assertThat(violations.get(0).getMessageZh()).isEqualTo(
                "3 个单元格为空白或填写“-”“—”“/”，已按 0 计算：第二十条第（八）项·行政事业性收费·本年收费金额（单位：万元）、"
                        + "三、本年度办理结果（一）予以公开·法人或其他组织·科研机构、四、行政复议·其他结果。确为 0 的请填写 0，否则请填写实际数字：期望 0，实际 3");
    }

    @Test
    void aLongListOfBlankCellsIsNamedInPart() {
        ParsedReport report = Seeds.report("003");
        List<String> blank = new ArrayList<>(CellCatalog.cellIds(Layout.LAYOUT_2021).subList(10, 24));
        report.setBlankCells(blank);

        Violation violation = Outcomes.violations(RuleId.BLANK_CELLS, report).get(0);

        assertThat(violation.getCells()).containsExactlyElementsOf(blank);
        assertThat(violation.getMessageZh()).contains("等 14 个").doesNotContain(CellCatalog.label(blank.get(10)));
        assertThat(violation.getMessageEn()).contains(" and 4 more");
    }

    @Test
    void unreadableCellsAreListedAndNoSumReadsThemAsZero() {
        ParsedReport report = Seeds.report("003");
        report.getApplications().getReceived().setNaturalPerson(null);
        report.getApplications().getReceived().setTotal(null);
        report.setUnreadableCells(List.of(
                new UnreadableCell("apply.received.total", "§三 一、本年新收政府信息公开申请数量",
                        "the cells \"180000018\" can be read as 18/0/0/0/0/0/18 or 1/8/0/0/0/0/9"),
                new UnreadableCell("apply.received.naturalPerson", "§三 一、本年新收政府信息公开申请数量",
                        "the cells \"180000018\" can be read as 18/0/0/0/0/0/18 or 1/8/0/0/0/0/9")));

        List<Violation> violations = Outcomes.violations(RuleId.UNREADABLE_CELLS, report);

        assertThat(violations)
                .extracting(Violation::getSeverity, Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(tuple(Severity.ERROR, List.of("apply.received.naturalPerson", "apply.received.total"),
                        "0", "2"));
        assertThat(violations.get(0).getMessageZh()).startsWith("2 个单元格无法读取，未计入：一、本年新收政府信息公开申请数量·自然人")
                .contains("§三 一、本年新收政府信息公开申请数量", "180000018");
        assertThat(violations.get(0).getMessageEn()).contains("could not be read");
        assertThat(Outcomes.violations(RuleId.APPLY_BALANCE, report)).isEmpty();
        assertThat(Outcomes.violations(RuleId.APPLY_ROW_TOTAL, report)).isEmpty();
    }

    private static List<String> sectionCells(Layout layout, String... prefixes) {
        return CellCatalog.cellIds(layout).stream().filter(id -> List.of(prefixes).stream().anyMatch(id::startsWith)).toList();
    }
}
