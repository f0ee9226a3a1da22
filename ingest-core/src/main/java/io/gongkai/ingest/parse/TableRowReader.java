package io.gongkai.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lines of one table's section into {@link TableRecord}s, whatever the layout the text came in:
 * <ul>
 *   <li>one cell per line, tab-indented, a blank line between rows (converted .docx); a tab alone is an empty cell,
 *       and an untabbed line continues the cell before it (a newline inside a cell);</li>
 *   <li>one row per line, cells separated by tabs (HTML, .docx and .doc readers: a cell spanning n columns is followed
 *       by n−1 empty cells) or by {@code |} (HTML pages); {@code ---|---} rule lines are skipped;</li>
 *   <li>plain lines (text extracted from PDFs, or tables a crawler flattened): numbers separated by spaces or run
 *       together with their label; a figure alone on its line after a line that ended with figures continues that
 *       row (every cell a line of its own, as crawlers turn a page's table into text).</li>
 * </ul>
 * A record is a maximal run of value cells; the label text before it (on its row, or on earlier rows that held no
 * values) becomes its label. A row with a label and only empty cells after it is a record too (a row left blank), and
 * so is each item-numbered label ("（二）…", "2.…", "二、…") followed by another label before any value: a row whose
 * empty cells a crawler dropped.
 */
final class TableRowReader {

    private enum Style { CELL_PER_LINE, DELIMITED, PLAIN }

    List<TableRecord> read(String[] lines, int from, int to) {
        CellScanner scanner = new CellScanner();
        Builder builder = new Builder();
        Style style = style(lines, from, to);
        if (style == Style.CELL_PER_LINE) {
            readCellPerLine(lines, from, to, scanner, builder);
        } else {
            char delimiter = delimiter(lines, from, to);
            for (int i = from; i < to; i++) {
                readLine(lines[i], style, delimiter, scanner, builder);
            }
        }
        return builder.finish();
    }

    private static Style style(String[] lines, int from, int to) {
        int indented = 0;
        int delimited = 0;
        for (int i = from; i < to; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            boolean leadingTab = line.charAt(0) == '\t';
            int tab = line.indexOf('\t', leadingTab ? 1 : 0);
            if (leadingTab && tab < 0) {
                indented++;
            } else if (tab >= 0 || line.indexOf('|') >= 0) {
                delimited++;
            }
        }
        if (indented > delimited) {
            return Style.CELL_PER_LINE;
        }
        return delimited > 0 ? Style.DELIMITED : Style.PLAIN;
    }

    private static char delimiter(String[] lines, int from, int to) {
        int pipes = 0;
        int tabs = 0;
        for (int i = from; i < to; i++) {
            if (lines[i].indexOf('|') >= 0) {
                pipes++;
            }
            if (lines[i].indexOf('\t') >= 0) {
                tabs++;
            }
        }
        return pipes > tabs ? '|' : '\t';
    }

    private static void readCellPerLine(String[] lines, int from, int to, CellScanner scanner, Builder builder) {
        List<Token> tokens = new ArrayList<>();
        String cell = null;
        for (int i = from; i <= to; i++) {
            String line = i < to ? lines[i] : "";
            if (line.isEmpty() || line.charAt(0) != '\t' && line.isBlank()) {
                if (cell != null) {
                    scanCell(scanner, cell, 0, cell.length(), tokens);
                    builder.row(tokens);
                    tokens.clear();
                    cell = null;
                }
            } else if (line.charAt(0) == '\t' || cell == null) {
                if (cell != null) {
                    scanCell(scanner, cell, 0, cell.length(), tokens);
                }
                cell = line;
            } else {
                cell = cell + line.strip();
            }
        }
    }

    private static void readLine(String line, Style style, char delimiter, CellScanner scanner,
                                 Builder builder) {
        if (line.isBlank() || isRule(line)) {
            return;
        }
        List<Token> tokens = new ArrayList<>();
        if (style == Style.DELIMITED && line.indexOf(delimiter) >= 0) {
            int start = 0;
            for (int i = 0; i <= line.length(); i++) {
                if (i == line.length() || line.charAt(i) == delimiter) {
                    scanCell(scanner, line, start, i, tokens);
                    start = i + 1;
                }
            }
        } else {
            scanner.scan(line, tokens);
            if (tokens.size() == 1 && tokens.get(0).isWritten() && builder.extendLast(tokens.get(0))) {
                return;
            }
        }
        builder.row(tokens);
    }

    private static boolean isRule(String line) {
        if (line.indexOf('|') < 0) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** A cell's tokens; an empty one for a blank cell (which gives none). */
    private static void scanCell(CellScanner scanner, String s, int from, int to, List<Token> tokens) {
        int before = tokens.size();
        scanner.scan(s, from, to, tokens);
        if (tokens.size() == before) {
            tokens.add(Token.EMPTY);
        }
    }

    /** Turns rows of tokens into records: value runs with the label text before them. */
    private static final class Builder {

        private final List<TableRecord> records = new ArrayList<>();
        private final StringBuilder carried = new StringBuilder();
        private final StringBuilder own = new StringBuilder();
        /** The row's label text when it is one token, as most are: kept as it is, not copied into {@link #own}. */
        private String ownToken;
        /** The figures of the record the last row closed, when that row ended with them; else null. */
        private List<Token> lastValues;

        /**
         * Adds a figure alone on its line to the record the line before closed, when that line ended with figures: a
         * table whose every cell became a line of its own (a crawler's page text). False when there is no such record.
         */
        boolean extendLast(Token figure) {
            if (lastValues == null) {
                return false;
            }
            lastValues.add(figure);
            return true;
        }

        /** Reads a row's tokens; the list is not kept. */
        void row(List<Token> tokens) {
            lastValues = null;
            List<Token> values = null;
            boolean written = false;
            for (Token token : tokens) {
                switch (token.kind()) {
                    case TEXT -> {
                        if (values != null && written) {
                            close(values);
                        }
                        values = null;
                        written = false;
                        appendOwn(token.text());
                    }
                    case EMPTY -> {
                        if (values != null) {
                            values.add(token);
                        } else if (ownToken != null || !own.isEmpty()) {
                            values = new ArrayList<>();
                            values.add(token);
                        }
                    }
                    default -> {
                        if (values == null) {
                            values = new ArrayList<>();
                        }
                        values.add(token);
                        written = true;
                    }
                }
            }
            if (values != null) {
                close(values);
                lastValues = values;
            } else {
                carried.append(ownText());
                clearOwn();
            }
        }

        private void appendOwn(String text) {
            if (ownToken == null && own.isEmpty()) {
                ownToken = text;
            } else {
                if (ownToken != null) {
                    own.append(ownToken);
                    ownToken = null;
                }
                own.append(text);
            }
        }

        private String ownText() {
            return ownToken != null ? ownToken : own.toString();
        }

        private void clearOwn() {
            ownToken = null;
            own.setLength(0);
        }

        private void close(List<Token> values) {
            add(carried.toString(), ownText(), values);
            carried.setLength(0);
            clearOwn();
        }

        /** The records, with the labels left over after the last values as rows left blank. */
        List<TableRecord> finish() {
            add(carried.toString() + ownText(), null, null);
            return records;
        }

        /**
         * Adds a record, and before it a row left blank for each item-numbered label in its label text but the last
         * ("二、上年结转…数量三、本年度办理结果（一）予以公开" holds two blank rows: a crawler dropped their empty cells).
         * The text before the first item number stays with the first record added: it may end the previous label.
         * Without {@code values}, every item-numbered label is a row left blank.
         */
        private void add(String carriedText, String ownText, List<Token> values) {
            if (values != null && !LabelMatcher.hasItemMark(carriedText) && LabelMatcher.lastItemNumber(ownText) <= 0) {
                records.add(new TableRecord(carriedText, ownText, values));
                return;
            }
            String bare;
            String keptCarried;
            String keptOwn = ownText;
            int ownItem = ownText == null ? -1 : LabelMatcher.lastItemNumber(ownText);
            if (values == null) {
                bare = carriedText;
                keptCarried = "";
            } else if (ownItem >= 0) {
                bare = carriedText + ownText.substring(0, ownItem);
                keptCarried = "";
                keptOwn = ownText.substring(ownItem);
            } else {
                int carriedItem = LabelMatcher.lastItemNumber(carriedText);
                bare = carriedItem > 0 ? carriedText.substring(0, carriedItem) : "";
                keptCarried = carriedItem > 0 ? carriedText.substring(carriedItem) : carriedText;
            }
            String lead = LabelMatcher.untilNextItem(bare);
            if (lead.length() == bare.length()) {
                keptCarried = bare + keptCarried;
            } else {
                int start = lead.length();
                while (start < bare.length()) {
                    int end = LabelMatcher.nextItemNumber(bare, start + 1);
                    records.add(new TableRecord(start == lead.length() ? lead : "", bare.substring(start, end),
                            List.of()));
                    start = end;
                }
            }
            if (values != null) {
                records.add(new TableRecord(keptCarried, keptOwn, values));
            }
        }
    }
}
