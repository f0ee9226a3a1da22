package io.gongkai.validation.rules;

import io.gongkai.events.ParsedReport;
import io.gongkai.events.Region;
import io.gongkai.events.RegionLevel;
import io.gongkai.events.RegionNode;
import io.gongkai.events.Resolution;
import io.gongkai.events.Scope;
import io.gongkai.events.Severity;
import io.gongkai.events.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** LAYOUT_OUTDATED, YEAR_MISMATCH and LATE_PUBLICATION. */
class DatesAndLayoutTest {

    @Test
    void the2019LayoutIsOutdatedFrom2021() {
        ParsedReport on2020 = Seeds.report2019("000", cells -> { });
        ParsedReport on2021 = Seeds.report2019("000", cells -> { });
        on2021.setYear(2021);

        assertThat(Outcomes.violations(RuleId.LAYOUT_OUTDATED, on2020)).isEmpty();
        assertThat(Outcomes.violations(RuleId.LAYOUT_OUTDATED, Seeds.report("002"))).isEmpty();
        assertThat(Outcomes.violations(RuleId.LAYOUT_OUTDATED, on2021))
                .extracting(Violation::getSeverity, Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(tuple(Severity.WARNING, List.of(), "2021", "2019"));
    }

    @Test
    void titleStatisticsPeriodAndProseYearsMustBeTheReportsYear() {
        ParsedReport report = Seeds.report("000");
        report.getYearEvidence().setTitle(2022);
        report.getYearEvidence().setStatisticsPeriod(2024);
        report.getYearEvidence().setProse(List.of(2023, 2022, 2022));

        List<Violation> violations = Outcomes.violations(RuleId.YEAR_MISMATCH, report);

        assertThat(violations)
                .extracting(Violation::getSeverity, Violation::getCells, Violation::getExpected, Violation::getActual)
                .containsExactly(
                        tuple(Severity.WARNING, List.of(), "2023", "2022"),
                        tuple(Severity.WARNING, List.of(), "2023", "2024"),
                        tuple(Severity.WARNING, List.of(), "2023", "2022"));
        assertThat(violations).extracting(Violation::getMessageZh).containsExactly(
                "标题中的年份 (2022) 应与报告年度 2023 一致：期望 2023，实际 2022",
                "统计期限（起止时间）的年份 (2024) 应与报告年度 2023 一致：期望 2023，实际 2024",
                "正文中统计数字所属的年份 (2022) 应与报告年度 2023 一致：期望 2023，实际 2022");
    }

    @Test
    void aPublicationDateFitsFromDecemberOfTheYearToTheEndOfTheNext() {
        assertThat(yearMismatchesPublishedOn("003", "2023-12-01")).isEmpty();
        assertThat(yearMismatchesPublishedOn("003", "2024-01-26")).isEmpty();
        assertThat(yearMismatchesPublishedOn("003", "2024-12-31")).isEmpty();
        assertThat(yearMismatchesPublishedOn("003", "2023-11-30"))
                .extracting(Violation::getExpected, Violation::getActual)
                .containsExactly(tuple("2023-12-01..2024-12-31", "2023-11-30"));
        assertThat(yearMismatchesPublishedOn("003", "2025-01-20"))
                .extracting(Violation::getExpected, Violation::getActual, Violation::getMessageEn)
                .containsExactly(tuple("2023-12-01..2024-12-31", "2025-01-20",
                        "The publication date 2025-01-20 does not fit a report on 2023, which is published in 2024 (2023-12-01 at the earliest); "
                                + "check the report's year or its date: expected 2023-12-01 to 2024-12-31, actual 2025-01-20"));
    }

    @Test
    void aStreetPublishesBy31January() {
        ParsedReport onTime = publishedOn(Seeds.report("003"), "2024-01-31");
        ParsedReport late = publishedOn(Seeds.report("003"), "2024-02-01");

        assertThat(Outcomes.violations(RuleId.LATE_PUBLICATION, onTime)).isEmpty();
        assertThat(Outcomes.violations(RuleId.LATE_PUBLICATION, late))
                .extracting(Violation::getSeverity, Violation::getCells, Violation::getExpected, Violation::getActual, Violation::getMessageZh)
                .containsExactly(tuple(Severity.WARNING, List.of(), "≤ 2024-01-31", "2024-02-01",
                        "公开日期 2024-02-01 晚于公开期限 2024-01-31：部门、乡镇（街道）的政府信息公开工作年度报告应于次年 1 月 31 日前公开：期望 不晚于 2024-01-31，实际 2024-02-01"));
    }

    @Test
    void aTownshipGovernmentIsNoCountyGovernment() {
        ParsedReport township = publishedOn(Seeds.report("004"), "2024-02-15");

        assertThat(township.getOrgan()).endsWith("人民政府");
        assertThat(Outcomes.violations(RuleId.LATE_PUBLICATION, township))
                .extracting(Violation::getExpected).containsExactly("≤ 2024-01-31");
    }

    @Test
    void aCountyOrHigherGovernmentsOwnReportIsDueBy31March() {
        for (String organ : List.of("杭州市拱墅区人民政府", "杭州市拱墅区人民政府办公室", "拱墅区政府")) {
            ParsedReport government = publishedOn(atCounty(Seeds.report("000"), organ, Scope.ORGAN), "2024-03-31");
            assertThat(Outcomes.violations(RuleId.LATE_PUBLICATION, government)).as(organ).isEmpty();
            assertThat(Outcomes.violations(RuleId.LATE_PUBLICATION, publishedOn(government, "2024-04-01")))
                    .as(organ).extracting(Violation::getExpected).containsExactly("≤ 2024-03-31");
        }
        ParsedReport areaWide = publishedOn(atCounty(Seeds.report("000"), "拱墅区", Scope.AREA), "2024-03-20");
        assertThat(Outcomes.violations(RuleId.LATE_PUBLICATION, areaWide)).isEmpty();
    }

    @Test
    void aCountyDepartmentIsDueBy31January() {
        ParsedReport department = publishedOn(atCounty(Seeds.report("000"), "杭州市拱墅区教育局", Scope.ORGAN), "2024-03-01");

        assertThat(Outcomes.violations(RuleId.LATE_PUBLICATION, department))
                .extracting(Violation::getExpected).containsExactly("≤ 2024-01-31");
    }

    @Test
    void withoutARegionAnOrganNamedAsAGovernmentGetsTheMarchDeadline() {
        ParsedReport government = publishedOn(Seeds.report("000"), "2024-03-01");
        government.setOrgan("拱墅区人民政府");
        government.setRegion(Region.newBuilder().setResolution(Resolution.UNRESOLVED).build());
        ParsedReport department = publishedOn(Seeds.report("000"), "2024-03-01");
        department.setRegion(Region.newBuilder().setResolution(Resolution.UNRESOLVED).build());

        assertThat(Outcomes.violations(RuleId.LATE_PUBLICATION, government)).isEmpty();
        assertThat(Outcomes.violations(RuleId.LATE_PUBLICATION, department)).hasSize(1);
    }

    @Test
    void noDateNoLatePublication() {
        ParsedReport report = Seeds.report("000");

        assertThat(report.getPublished()).isNull();
        assertThat(Outcomes.violations(RuleId.LATE_PUBLICATION, report)).isEmpty();
        assertThat(Outcomes.violations(RuleId.YEAR_MISMATCH, report)).isEmpty();
    }

    private static List<Violation> yearMismatchesPublishedOn(String seed, String date) {
        return Outcomes.violations(RuleId.YEAR_MISMATCH, publishedOn(Seeds.report(seed), date));
    }

    private static ParsedReport publishedOn(ParsedReport report, String date) {
        ParsedReport published = ParsedReport.newBuilder(report).build();
        published.setPublished(LocalDate.parse(date));
        return published;
    }

    /** The report as published by {@code organ} at 拱墅区, a county-level node. */
    private static ParsedReport atCounty(ParsedReport report, String organ, Scope scope) {
        report.setOrgan(organ);
        report.setScope(scope);
        report.setRegion(Region.newBuilder()
                .setCode("330105")
                .setResolution(Resolution.EXACT)
                .setPath(List.of(
                        new RegionNode(RegionLevel.PROVINCE, "330000", "浙江省"),
                        new RegionNode(RegionLevel.PREFECTURE, "330100", "杭州市"),
                        new RegionNode(RegionLevel.COUNTY, "330105", "拱墅区")))
                .build());
        return report;
    }
}
