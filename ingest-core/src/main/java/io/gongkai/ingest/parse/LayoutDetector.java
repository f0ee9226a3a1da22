package io.gongkai.ingest.parse;

import io.gongkai.events.Layout;

/**
 * Tells the 2019 layout from the 2021 one by the words of their tables: the 2019 §二 grid's headers and items
 * (本年新制作数量, 上一年项目数量, 本年增/减, 其他对外管理服务事项, 政府集中采购 …) against the 2021 ones (本年制发件数,
 * 现行有效件数, 本年处理决定数量, 本年收费金额 …) and the 2021 §三's split of （六）其他处理 (逾期不补正, 缴纳费用). More
 * words of one layout decide; a tie goes by the year (2019 and 2020 reports used the 2019 layout), with a warning.
 */
final class LayoutDetector {

    private static final String[] WORDS_2019 = {"本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量",
            "本年增减", "其他对外管理服务事项", "政府集中采购", "采购总金额"};
    private static final String[] WORDS_2021 = {"本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量",
            "本年收费金额", "逾期不补正", "缴纳费用"};
    private static final int LAST_2019_LAYOUT_YEAR = 2020;

    /**
     * @param tables the letters of the §二 and §三 tables' labels
     * @param year   the report's year
     */
    Layout detect(String tables, int year, ParseNotes notes) {
        int score = count(tables, WORDS_2019) - count(tables, WORDS_2021);
        if (score != 0) {
            return score > 0 ? Layout.LAYOUT_2019 : Layout.LAYOUT_2021;
        }
        Layout layout = year <= LAST_2019_LAYOUT_YEAR ? Layout.LAYOUT_2019 : Layout.LAYOUT_2021;
        notes.warn("the tables do not show which layout they follow; the " + (layout == Layout.LAYOUT_2019 ? "2019"
                : "2021") + " layout was assumed from the year " + year);
        return layout;
    }

    private static int count(String text, String[] words) {
        int found = 0;
        for (String word : words) {
            if (text.contains(word)) {
                found++;
            }
        }
        return found;
    }
}
