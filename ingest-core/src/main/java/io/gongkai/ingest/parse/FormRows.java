package io.gongkai.ingest.parse;

import io.gongkai.events.Layout;
import io.gongkai.schemas.cells.CellCatalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of the three tables of each layout, derived from {@link CellCatalog}: the catalog's labels say which
 * cells share a row and give the words a row's label is matched by.
 */
final class FormRows {

    private static final List<FormRow> ACTIVE_2021 = active(Layout.LAYOUT_2021);
    private static final List<FormRow> ACTIVE_2019 = active(Layout.LAYOUT_2019);
    private static final List<FormRow> APPLICATIONS_2021 = applications(Layout.LAYOUT_2021);
    private static final List<FormRow> APPLICATIONS_2019 = applications(Layout.LAYOUT_2019);
    private static final List<FormRow> LITIGATION = litigation();

    private FormRows() {
    }

    /** §二: one row per item (规章, 行政许可 …), its cells being the columns of the layout's grid. */
    static List<FormRow> activeRows(Layout layout) {
        return layout == Layout.LAYOUT_2019 ? ACTIVE_2019 : ACTIVE_2021;
    }

    /** §三: {@code received} to {@code carriedForward}, seven applicant columns each, the last being the total. */
    static List<FormRow> applicationRows(Layout layout) {
        return layout == Layout.LAYOUT_2019 ? APPLICATIONS_2019 : APPLICATIONS_2021;
    }

    /** §四: 行政复议, 未经复议直接起诉, 复议后起诉, five columns each, the last being the total. */
    static List<FormRow> litigationRows() {
        return LITIGATION;
    }

    private static List<FormRow> active(Layout layout) {
        Map<String, List<String>> cellsByItem = new LinkedHashMap<>();
        for (String id : CellCatalog.cellIds(layout)) {
            if (id.startsWith("active.")) {
                String item = CellCatalog.label(id).split("·")[1];
                cellsByItem.computeIfAbsent(item, k -> new ArrayList<>()).add(id);
            }
        }
        List<FormRow> rows = new ArrayList<>();
        cellsByItem.forEach((item, ids) -> rows.add(row(item, ids, item, false)));
        return List.copyOf(rows);
    }

    private static List<FormRow> applications(Layout layout) {
        List<FormRow> rows = new ArrayList<>();
        for (String row : CellCatalog.applicationRows(layout)) {
            List<String> ids = CellCatalog.APPLICANT_COLUMNS.stream().map(c -> "apply." + row + "." + c).toList();
            String label = CellCatalog.label(ids.get(ids.size() - 1));
            label = label.substring(0, label.lastIndexOf('·'));
            rows.add(row(label, ids, leaf(label), true));
        }
        return List.copyOf(rows);
    }

    private static List<FormRow> litigation() {
        List<FormRow> rows = new ArrayList<>();
        for (String kind : CellCatalog.CASE_KINDS) {
            List<String> ids = CellCatalog.CASE_COLUMNS.stream().map(c -> kind + "." + c).toList();
            String[] parts = CellCatalog.label(ids.get(ids.size() - 1)).split("·");
            rows.add(row(parts[parts.length - 2], ids, stripOrdinal(parts[parts.length - 2]), true));
        }
        return List.copyOf(rows);
    }

    private static FormRow row(String label, List<String> ids, String words, boolean summed) {
        return new FormRow(label, List.copyOf(ids), LabelMatcher.key(LabelMatcher.compact(words)), summed);
    }

    /** The most specific part of a §三 label: "三、本年度办理结果（三）不予公开 1.属于国家秘密" → "属于国家秘密". */
    private static String leaf(String label) {
        String leaf = label;
        int space = leaf.lastIndexOf(' ');
        int paren = leaf.lastIndexOf('）');
        if (space >= 0) {
            leaf = leaf.substring(space + 1);
        } else if (paren >= 0 && paren < leaf.length() - 1) {
            leaf = leaf.substring(paren + 1);
        }
        return stripOrdinal(leaf);
    }

    private static String stripOrdinal(String label) {
        int i = 0;
        while (i < label.length() && "一二三四五六七八九十0123456789、.．".indexOf(label.charAt(i)) >= 0) {
            i++;
        }
        return label.substring(i);
    }
}
