package io.gongkai.validation.rules;

import io.gongkai.events.ParsedReport;
import io.gongkai.events.RegionLevel;
import io.gongkai.events.RegionNode;
import io.gongkai.events.Scope;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code LATE_PUBLICATION}: a report on Y is published by 31 January of Y+1 — by 31 March of Y+1 when it is a
 * county-or-higher local government's own report (《政府信息公开条例》). Reading of "a government's own report": the most
 * precise node of the region path is a PROVINCE, PREFECTURE or COUNTY, and either the report is AREA-scope (the
 * government's area-wide figures) or the organ is the government itself — its name ends with 人民政府 or 政府, or with
 * 人民政府办公室/办公厅 or 政府办公室/办公厅 publishing for it. Departments, townships and streets (a 乡/镇人民政府
 * sits on a TOWNSHIP node) have the January deadline. With no resolved path (UNRESOLVED or AMBIGUOUS), the March
 * deadline is granted to an organ named as a government, so that an unknown level never raises a false alarm. Only
 * when a publication date is known. Expected {@code ≤ <deadline>}, actual the date.
 */
final class LatePublication implements Rule {

    private static final List<String> GOVERNMENT_SUFFIXES = List.of("政府", "政府办公室", "政府办公厅");

    @Override
    public RuleId id() {
        return RuleId.LATE_PUBLICATION;
    }

    @Override
    public void check(Subject subject, Findings findings) {
        ParsedReport report = subject.report();
        LocalDate published = report.getPublished();
        if (published == null) {
            return;
        }
        boolean government = isCountyOrHigherGovernment(report);
        LocalDate deadline = government ? LocalDate.of(report.getYear() + 1, 3, 31) : LocalDate.of(report.getYear() + 1, 1, 31);
        if (published.isAfter(deadline)) {
            String expected = "≤ " + deadline;
            String actual = published.toString();
            findings.add(id(), List.of(), expected, actual,
                    "公开日期 " + actual + " 晚于公开期限 " + deadline + "："
                            + (government ? "县级以上人民政府的政府信息公开工作年度报告应于次年 3 月 31 日前公开"
                                    : "部门、乡镇（街道）的政府信息公开工作年度报告应于次年 1 月 31 日前公开")
                            + Wording.verdictZh("不晚于 " + deadline, actual),
                    "Published on " + actual + ", after the deadline of " + deadline + ": "
                            + (government ? "a county-or-higher government's own annual report is due by 31 March of the following year"
                                    : "the annual report of a department, township or street is due by 31 January of the following year")
                            + Wording.verdictEn("on or before " + deadline, actual));
        }
    }

    private static boolean isCountyOrHigherGovernment(ParsedReport report) {
        List<RegionNode> path = report.getRegion() == null ? List.of() : report.getRegion().getPath();
        boolean namedGovernment = namesAGovernment(report.getOrgan());
        if (path.isEmpty()) {
            return namedGovernment;
        }
        RegionLevel level = path.get(path.size() - 1).getLevel();
        boolean countyOrHigher = level == RegionLevel.PROVINCE || level == RegionLevel.PREFECTURE || level == RegionLevel.COUNTY;
        return countyOrHigher && (namedGovernment || report.getScope() == Scope.AREA);
    }

    private static boolean namesAGovernment(String organ) {
        String name = organ == null ? "" : organ.strip();
        for (String suffix : GOVERNMENT_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
