package io.gongkai.ingest.parse;

import java.util.List;

/**
 * Reads a table cell, or a whole line of extracted text, into {@link Token}s.
 *
 * <p>Rules: whitespace separates numbers but not label text ("结果 维持" is one label, spaces kept). A number is
 * digits with an optional sign ("+2", "-18" where the sign follows a space or a label), decimals ("75394432.52"),
 * thousands separators ("75,394,432.52") and a unit ("251000元", "1.2万元" = 12000, "39件"); only a plain run of
 * digits, with none of these, may be several numbers run together. Digits that number an item or a heading are
 * label text: "1.属于…", "（3）", "(一)"; where a run of digits ends in such an item number ("00000002.其他…", a
 * flattened row followed by the next label) only its last digit is the item number. Digits followed by 年/月/日 are
 * a date, so label text. A word made only of "-", "—", "/" is a blank marker; so is a dash between two digits.
 *
 * <p>Not thread-safe: a scanner reuses its state from one cell to the next, so each table read has its own.
 */
final class CellScanner {

    private static final int LONGEST_NUMBER = 15;
    /** Most cells hold a small count, most of them 0: one token for each count below 1000, shared. */
    private static final Token[] SMALL_COUNTS = new Token[1000];

    static {
        for (int n = 0; n < SMALL_COUNTS.length; n++) {
            SMALL_COUNTS[n] = new Token(Token.Kind.NUMBER, Integer.toString(n), (double) n, true);
        }
    }

    private final Text text = new Text();

    void scan(String s, List<Token> out) {
        scan(s, 0, s.length(), out);
    }

    void scan(String s, int from, int to, List<Token> out) {
        int start = skipSpaces(s, from, to);
        Token count = smallCount(s, start, to);
        if (count != null) {
            out.add(count);
            return;
        }
        text.reset(s, out);
        int i = start;
        while (i < to) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (isDigit(c) || isSign(s, from, to, i)) {
                i = number(s, from, to, i, out);
            } else if (isMarker(c)) {
                int end = i;
                while (end < to && isMarker(s.charAt(end))) {
                    end++;
                }
                boolean before = i == from || isSpace(s.charAt(i - 1)) || isDigit(s.charAt(i - 1));
                boolean after = end == to || isSpace(s.charAt(end)) || isDigit(s.charAt(end));
                if (before && after) {
                    text.flush();
                    out.add(Token.BLANK);
                    i = end;
                } else {
                    text.extend(i, i + 1);
                    i++;
                }
            } else {
                int end = i + 1;
                while (end < to && isWordLetter(s.charAt(end))) {
                    end++;
                }
                text.extend(i, end);
                i = end;
            }
        }
        text.flush();
    }

    /** A letter of label text that nothing else can start: not ASCII (digits, signs, spaces), not a dash. */
    private static boolean isWordLetter(char c) {
        return c > '~' && !isMarker(c);
    }

    private int number(String s, int from, int to, int start, List<Token> out) {
        boolean signed = !isDigit(s.charAt(start));
        int j = signed ? start + 1 : start;
        while (j < to && isDigit(s.charAt(j))) {
            j++;
        }
        int digitsEnd = j;
        StringBuilder digits = null;
        if (!signed && digitsEnd - start <= 3 && isThousands(s, j, to)) {
            digits = new StringBuilder().append(s, start, digitsEnd);
            while (isThousands(s, j, to)) {
                digits.append(s, j + 1, j + 4);
                j += 4;
            }
        }
        boolean decimal = false;
        if (j + 1 < to && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
            int fractionStart = j;
            j++;
            while (j < to && isDigit(s.charAt(j))) {
                j++;
            }
            decimal = true;
            if (digits != null) {
                digits.append(s, fractionStart, j);
            }
        }
        char before = start > from ? s.charAt(start - 1) : ' ';
        char after = j < to ? s.charAt(j) : ' ';
        if ((before == '(' || before == '（') && (after == ')' || after == '）')) {
            text.extend(start, j);
            return j;
        }
        if (!decimal && digits == null && !signed && (after == '.' || after == '、') && !digitFollows(s, j + 1, to)) {
            if (digitsEnd - start > 1) {
                text.flush();
                out.add(plain(s, start, digitsEnd - 1));
            }
            text.extend(digitsEnd - 1, j + 1);
            return j + 1;
        }
        if (after == '年' || after == '月' || after == '日' || after == '%') {
            text.extend(start, j);
            return j;
        }
        double multiplier = 1;
        int end = j;
        if (s.startsWith("万元", j)) {
            multiplier = 10_000;
            end = j + 2;
        } else if (after == '元' || after == '件' || after == '个' || after == '条' || after == '项') {
            end = j + 1;
        }
        text.flush();
        if (!signed && !decimal && digits == null && end == j) {
            out.add(plain(s, start, j));
        } else {
            String written = digits != null ? digits.toString() : s.substring(start, j);
            out.add(new Token(Token.Kind.NUMBER, written, Double.parseDouble(written) * multiplier, false));
        }
        return end;
    }

    /** The label text being read: a stretch of the scanned string, from its first character to its last. */
    private static final class Text {

        private String s;
        private List<Token> out;
        private int start = -1;
        private int end;

        void reset(String s, List<Token> out) {
            this.s = s;
            this.out = out;
            this.start = -1;
        }

        void extend(int from, int to) {
            if (start < 0) {
                start = from;
            }
            end = to;
        }

        void flush() {
            if (start >= 0) {
                out.add(Token.text(s.substring(start, end)));
                start = -1;
            }
        }
    }

    /**
     * The token of a cell that holds only a count below 1000 (spaces around it aside), the commonest cell; null for
     * any other cell.
     */
    private static Token smallCount(String s, int from, int to) {
        int count = 0;
        int i = from;
        while (i < to && i - from < 3 && isDigit(s.charAt(i))) {
            count = count * 10 + s.charAt(i) - '0';
            i++;
        }
        if (i == from || i - from > 1 && s.charAt(from) == '0' || skipSpaces(s, i, to) != to) {
            return null;
        }
        return SMALL_COUNTS[count];
    }

    private static Token plain(String s, int from, int to) {
        Token count = smallCount(s, from, to);
        if (count != null) {
            return count;
        }
        String digits = s.substring(from, to);
        Double value = digits.length() <= LONGEST_NUMBER ? Double.valueOf(Long.parseLong(digits)) : null;
        return new Token(Token.Kind.NUMBER, digits, value, true);
    }

    private static boolean isThousands(String s, int j, int to) {
        return j + 3 < to && s.charAt(j) == ',' && isDigit(s.charAt(j + 1)) && isDigit(s.charAt(j + 2))
                && isDigit(s.charAt(j + 3)) && (j + 4 == to || !isDigit(s.charAt(j + 4)));
    }

    private static boolean digitFollows(String s, int j, int to) {
        int next = skipSpaces(s, j, to);
        return next < to && isDigit(s.charAt(next));
    }

    private static int skipSpaces(String s, int from, int to) {
        int i = from;
        while (i < to && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSign(String s, int from, int to, int i) {
        char c = s.charAt(i);
        return (c == '+' || c == '-') && i + 1 < to && isDigit(s.charAt(i + 1))
                && (i == from || !isDigit(s.charAt(i - 1)));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    static boolean isMarker(char c) {
        return c == '-' || c == '—' || c == '–' || c == '―' || c == '─' || c == '/' || c == '\\';
    }
}
