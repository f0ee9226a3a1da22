package io.gongkai.ingest.parse;

import java.util.List;

/**
 * A group of value cells and the label text before them: what a table row looks like whatever the layout.
 *
 * @param carried text met since the previous record on earlier lines or rows (a label broken over lines, a group
 *                label such as "（三）不予公开", or a header)
 * @param own     the label text in the same row (or on the same line) as the values
 * @param values  the value cells in order: numbers, blank markers and, in layouts with cells, empty cells
 * @param line    the 1-based line of the normalised text where the values start
 */
record TableRecord(String carried, String own, List<Token> values, int line) {

    /** The key of the row's own label. */
    int[] ownKey() {
        return LabelMatcher.key(LabelMatcher.compact(own));
    }

    /** The key of the carried text and the own label together. */
    int[] fullKey() {
        return LabelMatcher.key(LabelMatcher.compact(carried + own));
    }

    /** True when the row has no label of its own (a missing label cell, or values continuing the previous row). */
    boolean unlabelled() {
        return LabelMatcher.compact(own).isEmpty();
    }

    /** True when nothing at all precedes the values: a continuation of the previous record's values. */
    boolean continuation() {
        return unlabelled() && LabelMatcher.compact(carried).isEmpty();
    }

    /** The label as printed, for messages. */
    String label() {
        String label = own.isBlank() ? carried : own;
        return label.length() > 40 ? label.substring(0, 40) + "…" : label;
    }
}
