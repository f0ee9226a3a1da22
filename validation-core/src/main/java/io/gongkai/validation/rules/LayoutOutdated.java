package io.gongkai.validation.rules;

import io.gongkai.events.Layout;

import java.util.List;

/**
 * {@code LAYOUT_OUTDATED}: a report on 2021 or later uses the 2021 layout (国办公开办函〔2021〕30号), not the 2019 one
 * (国办公开办函〔2019〕60号, for reports on 2019 and 2020). Expected {@code 2021}, actual {@code 2019}.
 */
final class LayoutOutdated implements Rule {

    private static final int FIRST_YEAR_OF_2021_LAYOUT = 2021;

    @Override
    public RuleId id() {
        return RuleId.LAYOUT_OUTDATED;
    }

    @Override
    public void check(Subject subject, Findings findings) {
        int year = subject.year();
        if (year >= FIRST_YEAR_OF_2021_LAYOUT && subject.report().getLayout() == Layout.LAYOUT_2019) {
            findings.add(id(), List.of(), "2021", "2019",
                    year + " 年度报告应使用国办公开办函〔2021〕30号规定的格式，本报告使用的是国办公开办函〔2019〕60号的旧格式，"
                            + "请按新格式重新填报（如（六）其他处理分三项填报，第二部分填写本年制发、废止、现行有效件数）" + Wording.verdictZh("2021 版格式", "2019 版格式"),
                    "A report on " + year + " must follow the layout of 国办公开办函〔2021〕30号, but this one follows the older layout of "
                            + "国办公开办函〔2019〕60号; refile it in the current layout (e.g. （六）其他处理 in three items, §二 with issued, "
                            + "repealed and in-force counts)" + Wording.verdictEn("the 2021 layout", "the 2019 layout"));
        }
    }
}
