package io.gongkai.ingest.parse;

import java.util.List;

/**
 * A group of value cells and the label text before them: what a table row looks like whatever the layout.
 * The labels' letters ({@link LabelMatcher#compact}) are worked out once. A record belongs to one parse, on one
 * thread.
 */
final class TableRecord {

    private final String carried;
    private final String own;
    private final List<Token> values;
    private final String carriedWords;
    private final String ownWords;
    private final boolean hasWritten;
    private String leadingWords;

    /**
     * @param carried text met since the previous record on earlier lines or rows (a label broken over lines, a
     *                group label such as "（三）不予公开", or a header)
     * @param own     the label text in the same row (or on the same line) as the values
     * @param values  the value cells in order: numbers, blank markers and, in layouts with cells, empty cells;
     *                kept, not copied, and not to be changed
     */
    TableRecord(String carried, String own, List<Token> values) {
        this.carried = carried;
        this.own = own;
        this.values = values;
        this.carriedWords = LabelMatcher.compact(carried);
        this.ownWords = LabelMatcher.compact(own);
        this.hasWritten = anyWritten(values);
    }

    List<Token> values() {
        return values;
    }

    /** The letters of the carried text. */
    String carriedWords() {
        return carriedWords;
    }

    /**
     * The letters of the carried text up to its first item number: what may still belong to the previous record's
     * label (extracted PDF text puts a row's numbers on a middle line of its label).
     */
    String leadingWords() {
        if (leadingWords == null) {
            leadingWords = LabelMatcher.compact(LabelMatcher.untilNextItem(carried));
        }
        return leadingWords;
    }

    /** The letters of the own label. */
    String ownWords() {
        return ownWords;
    }

    /** True when the row has no label of its own (a missing label cell, or values continuing the previous row). */
    boolean unlabelled() {
        return ownWords.isEmpty();
    }

    /** True when nothing at all precedes the values: a continuation of the previous record's values. */
    boolean continuation() {
        return ownWords.isEmpty() && carriedWords.isEmpty();
    }

    /** True when at least one value cell is written: a number or a blank marker. */
    boolean hasWritten() {
        return hasWritten;
    }

    private static boolean anyWritten(List<Token> values) {
        for (Token token : values) {
            if (token.isWritten()) {
                return true;
            }
        }
        return false;
    }

    /** The label as printed, for messages. */
    String label() {
        String label = own.isBlank() ? carried : own;
        return label.length() > 40 ? label.substring(0, 40) + "…" : label;
    }
}
