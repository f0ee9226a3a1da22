package io.gongkai.validation.rules;

import io.gongkai.events.YearEvidence;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code YEAR_MISMATCH}: the report's year Y agrees with every place the report states a year — the title, the
 * statistics period (统计期限), each year the prose attributes figures to — and with its publication date.
 * Tolerance for the date: a report on Y is published in Y+1, normally by its spring deadline; any date from
 * 1 December of Y (some organs publish before the year is out) to 31 December of Y+1 fits. A date outside that
 * window does not fit the year: a report dated in January of Y is the report on Y−1, one dated in Y+2 is on Y+1 or a
 * year late (LATE_PUBLICATION then says late as well); lateness within Y+1 is LATE_PUBLICATION's alone. One
 * violation per disagreeing source (each wrong prose year once). Expected Y (for the date, the window), actual what
 * the report states.
 */
final class YearMismatch implements Rule {

    @Override
    public RuleId id() {
        return RuleId.YEAR_MISMATCH;
    }

    @Override
    public void check(Subject subject, Findings findings) {
        int year = subject.year();
        YearEvidence evidence = subject.report().getYearEvidence();
        if (evidence != null) {
            stated(evidence.getTitle(), year, "标题中的年份", "The year in the title", findings);
            stated(evidence.getStatisticsPeriod(), year, "统计期限（起止时间）的年份", "The year of the statistics period (统计期限)", findings);
            List<Integer> proseYears = evidence.getProse();
            for (int i = 0; i < proseYears.size(); i++) {
                Integer proseYear = proseYears.get(i);
                if (proseYear != null && !proseYears.subList(0, i).contains(proseYear)) {
                    stated(proseYear, year, "正文中统计数字所属的年份", "A year the prose gives figures for", findings);
                }
            }
        }
        published(subject.report().getPublished(), year, findings);
    }

    private void stated(Integer stated, int year, String zh, String en, Findings findings) {
        if (stated != null && stated != year) {
            String expected = Integer.toString(year);
            String actual = stated.toString();
            findings.add(id(), List.of(), expected, actual,
                    zh + " (" + actual + ") 应与报告年度 " + year + " 一致" + Wording.verdictZh(expected, actual),
                    en + " (" + actual + ") should be the report's year " + year + Wording.verdictEn(expected, actual));
        }
    }

    private void published(LocalDate published, int year, Findings findings) {
        if (published == null) {
            return;
        }
        LocalDate earliest = LocalDate.of(year, 12, 1);
        LocalDate latest = LocalDate.of(year + 1, 12, 31);
        if (published.isBefore(earliest) || published.isAfter(latest)) {
            String expected = earliest + ".." + latest;
            String actual = published.toString();
            findings.add(id(), List.of(), expected, actual,
                    "公开日期 " + actual + " 与报告年度 " + year + " 不符：" + year + " 年度报告应在 " + (year + 1)
                            + " 年公开（最早 " + earliest + "），请核对报告年度或公开日期" + Wording.verdictZh(earliest + " 至 " + latest, actual),
                    "The publication date " + actual + " does not fit a report on " + year + ", which is published in " + (year + 1)
                            + " (" + earliest + " at the earliest); check the report's year or its date"
                            + Wording.verdictEn(earliest + " to " + latest, actual));
        }
    }
}
