package io.gongkai.ingest.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The six section titles as reports write them, matched on a text's letters ({@link LabelMatcher#compact}) from its
 * start. Besides the form's own wording: §一 as 基本情况 or 概述; §四 as any title naming 行政复议 and 行政诉讼 after
 * 政府信息公开 ("因政府信息公开申请行政复议、提起行政诉讼的情况", "…工作被申请行政复议…"); §五 as any 存在的（主要）问题
 * … 情况/措施.
 */
final class SectionTitles {

    /** The form's titles, in section order: how messages and similarity checks know them. */
    static final String[] CANONICAL = {"总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
            "政府信息公开行政复议行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"};

    private static final Pattern[] TITLES = {
            Pattern.compile("总体情况|基本情况|概述"),
            Pattern.compile("主动公开政府信息的?情况"),
            Pattern.compile("收到和处理政府信息公开申请的?情况"),
            Pattern.compile("因?政府信息公开\\p{IsHan}{0,8}?行政复议\\p{IsHan}{0,6}?行政诉讼的?情况"),
            Pattern.compile("(?:政府信息公开工作)?存在的(?:主要)?问题\\p{IsHan}{0,12}?(?:情况|措施)"),
            Pattern.compile("其他需要报告的事项")};

    /** The letters each section's titles can begin with: most text is dismissed without a pattern. */
    private static final String[] FIRST_LETTERS = {"总基概", "主", "收", "因政", "政存", "其"};

    private SectionTitles() {
    }

    /**
     * How many letters of {@code letters}, from its start, are section {@code section}'s title; 0 when it does not
     * start with that title.
     */
    static int match(int section, String letters) {
        if (letters.isEmpty() || FIRST_LETTERS[section].indexOf(letters.charAt(0)) < 0) {
            return 0;
        }
        Matcher matcher = TITLES[section].matcher(letters);
        return matcher.lookingAt() ? matcher.end() : 0;
    }
}
