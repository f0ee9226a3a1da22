package io.gongkai.validation.rules;

import io.gongkai.schemas.cells.CellCatalog;

import java.util.ArrayList;
import java.util.List;

/** The shared phrasing of messages: cells named by their official labels, with their figures. */
final class Wording {

    static final String PLUS_ZH = " 加 ";
    static final String PLUS_EN = " plus ";

    private Wording() {
    }

    /** The official label of a cell, e.g. 三、本年度办理结果（七）总计·自然人. */
    static String label(int cell) {
        return CellCatalog.label(CellIndex.id(cell));
    }

    /** A cell and its figure: {@code 三、本年度办理结果（七）总计·自然人 (37)}. */
    static String term(int cell, long value) {
        return label(cell) + " (" + value + ")";
    }

    /** The cells and their figures in {@code sheet}, joined by {@code joiner}. */
    static String terms(CellSheet sheet, int[] cells, String joiner) {
        StringBuilder text = new StringBuilder();
        for (int cell : cells) {
            if (!text.isEmpty()) {
                text.append(joiner);
            }
            text.append(term(cell, sheet.value(cell)));
        }
        return text.toString();
    }

    /** {@code ：期望 39，实际 38} */
    static String verdictZh(String expected, String actual) {
        return "：期望 " + expected + "，实际 " + actual;
    }

    /** {@code : expected 39, actual 38} */
    static String verdictEn(String expected, String actual) {
        return ": expected " + expected + ", actual " + actual;
    }

    /** {@code 上年（2022 年度）报告} */
    static String previousReportZh(int previousYear) {
        return "上年（" + previousYear + " 年度）报告";
    }

    /** {@code the 2022 report} */
    static String previousReportEn(int previousYear) {
        return "the " + previousYear + " report";
    }

    /** The ids of {@code cells}, in the order given. */
    static List<String> ids(int... cells) {
        List<String> ids = new ArrayList<>(cells.length);
        for (int cell : cells) {
            ids.add(CellIndex.id(cell));
        }
        return ids;
    }
}
