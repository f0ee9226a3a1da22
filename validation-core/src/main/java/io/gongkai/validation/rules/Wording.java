package io.gongkai.validation.rules;

import io.gongkai.events.Layout;
import io.gongkai.schemas.cells.CellCatalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The shared phrasing of messages: cells named by their official labels, with their figures. */
final class Wording {

    static final String PLUS_ZH = " 加 ";
    static final String PLUS_EN = " plus ";
    /** How many cells a message names by label before it only counts the rest. */
    static final int NAMED = 10;

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

    /** Cell ids without repeats, in the layout's form order. */
    static List<String> inFormOrder(List<String> cells, Layout layout) {
        List<String> ordered = new ArrayList<>(cells.stream().distinct().toList());
        ordered.sort(Comparator.comparingInt(cell -> CellIndex.formPosition(layout, cell)));
        return ordered;
    }

    /**
     * The official labels of the first {@value #NAMED} cells, and how many more there are:
     * {@code 规章·本年制发件数、…等 14 个} / {@code 规章·本年制发件数, … and 4 more}.
     *
     * @return the Chinese and the English listing
     */
    static String[] namedInPart(List<String> cells) {
        List<String> labels = cells.stream().limit(NAMED).map(CellCatalog::label).toList();
        String more = cells.size() > NAMED ? "等 " + cells.size() + " 个" : "";
        String moreEn = cells.size() > NAMED ? " and " + (cells.size() - NAMED) + " more" : "";
        return new String[] {String.join("、", labels) + more, String.join(", ", labels) + moreEn};
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
