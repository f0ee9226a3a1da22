package io.gongkai.ingest.parse;

/**
 * One piece of a table row as {@link CellScanner} reads it: label text, a number as written, a blank marker
 * ("-", "—", "/"), or an empty cell.
 *
 * @param kind  what the piece is
 * @param text  the label text, or a number's digits as written (no sign, unit or separators for a plain digit run)
 * @param value a number's value (a unit such as 万元 applied); null for other kinds and for digit runs too long to
 *              be one number
 * @param plain true for a number written as digits only, which a run-together row may hold several of
 */
record Token(Kind kind, String text, Double value, boolean plain) {

    enum Kind { TEXT, NUMBER, BLANK, EMPTY }

    static final Token EMPTY = new Token(Kind.EMPTY, "", null, false);
    static final Token BLANK = new Token(Kind.BLANK, "", null, false);

    static Token text(String text) {
        return new Token(Kind.TEXT, text, null, false);
    }

    /** A value cell: a number or a blank marker, not an empty cell. */
    boolean isWritten() {
        return kind == Kind.NUMBER || kind == Kind.BLANK;
    }

    /** A plain digit run of two or more digits: one number, or several run together. */
    boolean isSplittable() {
        return plain && text.length() > 1;
    }
}
