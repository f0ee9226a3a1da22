package io.gongkai.ingest.document;

import java.util.List;

/**
 * The text a structured reader (HTML, .docx, .doc) produces, in the layout the report parser reads:
 * a paragraph's lines one per line, a table as one line per row with its cells joined by {@code \t},
 * and a blank line after each table. Blank paragraphs are dropped, so in this output a blank line
 * always ends a table, and a tab always separates two cells.
 *
 * <p>It stops a document whose text outgrows {@code maxChars} by throwing {@link LimitExceeded}: a
 * few bytes of {@code colspan="1000"} or a highly compressed .docx can otherwise expand into gigabytes.
 * Not thread-safe: one per document.
 */
final class TextOutput {

    private final StringBuilder text = new StringBuilder();
    private final long maxChars;
    private int tables;

    TextOutput(long maxChars) {
        this.maxChars = maxChars;
    }

    /** Adds text as paragraph lines: each line break starts a new line; blank lines are dropped. */
    void paragraph(String paragraph) {
        for (String line : paragraph.split("[\\n\\r\\u000B\\u000C\\u2028\\u2029]")) {
            String oneLine = singleLine(line);
            if (!oneLine.isEmpty()) {
                append(oneLine).append('\n');
            }
        }
    }

    /** A new table, whose cells count against this output's limit while it is being built. */
    TableGrid newTable() {
        tables++;
        return new TableGrid(maxChars - text.length(), "table " + tables);
    }

    /** Writes a table: every grid row one line, cells joined by tabs, then a blank line. */
    void table(TableGrid grid) {
        List<List<String>> rows = grid.rows();
        if (rows.isEmpty()) {
            return;
        }
        for (List<String> row : rows) {
            append(String.join("\t", row)).append('\n');
        }
        append("\n");
    }

    /** An empty output with the limit this one has left, to build text that may be discarded. */
    TextOutput sibling() {
        return new TextOutput(maxChars - text.length());
    }

    /** Appends what a {@link #sibling()} collected. */
    void append(TextOutput sibling) {
        append(sibling.text());
    }

    String text() {
        return text.toString();
    }

    private StringBuilder append(String s) {
        if (text.length() + (long) s.length() > maxChars) {
            throw new LimitExceeded("the extracted text exceeds " + maxChars + " characters", null);
        }
        return text.append(s);
    }

    /**
     * One line of text as the output shows it: tabs, line breaks and no-break spaces become spaces,
     * other control and zero-width characters go, runs of spaces shrink to one, and the ends are
     * trimmed (ideographic spaces inside the text stay: they are part of how labels are written).
     */
    static String singleLine(String raw) {
        StringBuilder line = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\u00A0' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C'
                    || c == '\u2028' || c == '\u2029') {
                space = true;
            } else if (Character.isISOControl(c) || c == '\uFEFF' || c == '\u200B') {
                continue;
            } else {
                if (space && !line.isEmpty()) {
                    line.append(' ');
                }
                space = false;
                line.append(c);
            }
        }
        return line.toString().strip();
    }

    /** The document's text would exceed the output limit. */
    static final class LimitExceeded extends RuntimeException {

        private final transient String where;

        LimitExceeded(String detail, String where) {
            super(detail, null, false, false);
            this.where = where;
        }

        /** The table that overflowed, or null when the text as a whole did. */
        String where() {
            return where;
        }
    }
}
