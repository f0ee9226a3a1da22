package io.gongkai.ingest.parse;

import io.gongkai.events.Layout;
import io.gongkai.events.Section;
import io.gongkai.schemas.cells.CellCatalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three official tables of each layout, derived from {@link CellCatalog}: the catalog's labels say which cells
 * share a row and give the words a row's label is matched by.
 * <ul>
 *   <li>§二 主动公开: one row per item (规章, 行政许可 …), its cells the columns of the layout's grid; no arithmetic,
 *       so a row that reads several ways is rejected.</li>
 *   <li>§三 依申请公开: {@code received} to {@code carriedForward}, seven applicant columns each, the last the total;
 *       the column arithmetic of {@link ApplicationArithmetic}.</li>
 *   <li>§四 行政复议、行政诉讼: 行政复议, 未经复议直接起诉, 复议后起诉, five columns each, the last the total; the form
 *       prints all fifteen figures on one line.</li>
 * </ul>
 */
final class FormTables {

    private static final FormTable ACTIVE_2021 = new FormTable(SectionNames.mark(Section.ACTIVE),
            activeRows(Layout.LAYOUT_2021), null, false);
    private static final FormTable ACTIVE_2019 = new FormTable(SectionNames.mark(Section.ACTIVE),
            activeRows(Layout.LAYOUT_2019), null, false);
    private static final FormTable APPLICATIONS_2021 = new FormTable(SectionNames.mark(Section.APPLICATIONS),
            applicationRows(Layout.LAYOUT_2021), new ApplicationArithmetic(Layout.LAYOUT_2021), false);
    private static final FormTable APPLICATIONS_2019 = new FormTable(SectionNames.mark(Section.APPLICATIONS),
            applicationRows(Layout.LAYOUT_2019), new ApplicationArithmetic(Layout.LAYOUT_2019), false);
    private static final FormTable LITIGATION = new FormTable(SectionNames.mark(Section.REVIEWS_AND_SUITS),
            litigationRows(), null, true);

    private FormTables() {
    }

    static FormTable active(Layout layout) {
        return layout == Layout.LAYOUT_2019 ? ACTIVE_2019 : ACTIVE_2021;
    }

    static FormTable applications(Layout layout) {
        return layout == Layout.LAYOUT_2019 ? APPLICATIONS_2019 : APPLICATIONS_2021;
    }

    static FormTable litigation() {
        return LITIGATION;
    }

    private static List<FormRow> activeRows(Layout layout) {
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

    private static List<FormRow> applicationRows(Layout layout) {
        List<FormRow> rows = new ArrayList<>();
        for (String row : CellCatalog.applicationRows(layout)) {
            List<String> ids = CellCatalog.APPLICANT_COLUMNS.stream().map(c -> "apply." + row + "." + c).toList();
            String label = CellCatalog.label(ids.get(ids.size() - 1));
            label = label.substring(0, label.lastIndexOf('·'));
            rows.add(row(label, ids, leaf(label), true));
        }
        return List.copyOf(rows);
    }

    private static List<FormRow> litigationRows() {
        List<FormRow> rows = new ArrayList<>();
        for (String kind : CellCatalog.CASE_KINDS) {
            List<String> ids = CellCatalog.CASE_COLUMNS.stream().map(c -> kind + "." + c).toList();
            String[] parts = CellCatalog.label(ids.get(ids.size() - 1)).split("·");
            rows.add(row(parts[parts.length - 2], ids, stripOrdinal(parts[parts.length - 2]), true));
        }
        return List.copyOf(rows);
    }

    private static FormRow row(String label, List<String> ids, String words, boolean summed) {
        String letters = LabelMatcher.compact(words);
        return new FormRow(label, List.copyOf(ids), letters, LabelMatcher.key(letters), summed);
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
