package io.gongkai.ingest.parse;

import java.util.Arrays;

/**
 * Compares labels by their character pairs, so that a label still matches with a typo ("其他法律行政止公开"), broken
 * over lines, or with its numbering and punctuation changed ("（3）", "3、", "(三)").
 *
 * <p>A label is first reduced to its letters ({@link #compact}): no whitespace, punctuation or ASCII digits. Its
 * <em>key</em> is the sorted list of its adjacent character pairs. {@link #recall} says how much of an expected key
 * a text contains (extra text costs nothing); {@link #dice} how alike two texts are.
 */
final class LabelMatcher {

    private static final int[] NONE = new int[0];

    private LabelMatcher() {
    }

    /** The letters of a text: CJK and Latin, without whitespace, punctuation or ASCII digits. */
    static String compact(CharSequence text) {
        int n = text.length();
        int letters = 0;
        while (letters < n && isLetter(text.charAt(letters))) {
            letters++;
        }
        if (letters == n) {
            return text.toString();
        }
        char[] out = new char[n];
        for (int i = 0; i < letters; i++) {
            out[i] = text.charAt(i);
        }
        int length = letters;
        for (int i = letters + 1; i < n; i++) {
            char c = text.charAt(i);
            if (isLetter(c)) {
                out[length++] = c;
            }
        }
        return new String(out, 0, length);
    }

    static boolean isLetter(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || Character.isLetter(c);
    }

    /**
     * The text up to its first item number ("（二）", "(3)", "2.", "二、"): the rest of a label that a row's numbers
     * interrupted, without the next row's label ("" when the text starts with one).
     */
    static String untilNextItem(String text) {
        return text.substring(0, nextItemNumber(text, 0));
    }

    /** Where the last item number of the text begins, or -1 when it has none. */
    static int lastItemNumber(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (isItemMark(text.charAt(i))) {
                int start = itemStartAt(text, i);
                if (start >= 0) {
                    return start;
                }
            }
        }
        return -1;
    }

    /** Where the first item number at or after {@code from} begins, or the text's length when there is none. */
    static int nextItemNumber(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isItemMark(text.charAt(i))) {
                int start = itemStartAt(text, i);
                if (start >= from) {
                    return start;
                }
            }
        }
        return text.length();
    }

    /** Whether the text holds a character an item number is told by: when not, it holds no item number. */
    static boolean hasItemMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isItemMark(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The characters an item number is told by, so that labels are scanned for them alone: "（", "(", "、", ".". */
    private static boolean isItemMark(char c) {
        return c == '、' || c == '.' || c == '．' || c == '（' || c == '(';
    }

    /** Where the item number that the mark at {@code m} opens ("（") or closes ("、", ".") begins; -1 if none. */
    private static int itemStartAt(String text, int m) {
        char c = text.charAt(m);
        if (c == '（' || c == '(') {
            return itemNumberAt(text, m) ? m : -1;
        }
        return m > 0 && itemNumberAt(text, m - 1) ? m - 1 : -1;
    }

    private static boolean itemNumberAt(String text, int i) {
        char c = text.charAt(i);
        if (c == '（' || c == '(') {
            int close = i + 1;
            while (close < text.length() && close - i <= 3 && isNumeral(text.charAt(close))) {
                close++;
            }
            return close > i + 1 && close < text.length() && (text.charAt(close) == '）' || text.charAt(close) == ')');
        }
        if (!isNumeral(c) || i + 1 >= text.length() || i > 0 && isNumeral(text.charAt(i - 1))) {
            return false;
        }
        char next = text.charAt(i + 1);
        return next == '、' || CellScanner.isDigit(c) && (next == '.' || next == '．');
    }

    private static boolean isNumeral(char c) {
        return switch (c) {
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '一', '二', '三', '四', '五', '六', '七', '八', '九',
                 '十' -> true;
            default -> false;
        };
    }

    /** The key of a compacted text: its character pairs, sorted (a one-character text is its own key). */
    static int[] key(String compacted) {
        int n = compacted.length();
        if (n == 0) {
            return NONE;
        }
        if (n == 1) {
            return new int[] {compacted.charAt(0) << 16 | 0xFFFF};
        }
        int[] pairs = new int[n - 1];
        for (int i = 0; i + 1 < n; i++) {
            pairs[i] = compacted.charAt(i) << 16 | compacted.charAt(i + 1);
        }
        Arrays.sort(pairs);
        return pairs;
    }

    /** The share of {@code expected}'s pairs found in {@code text}: 1 when the text contains the expected label. */
    static double recall(int[] expected, int[] text) {
        return expected.length == 0 ? 0 : (double) common(expected, text) / expected.length;
    }

    /** Dice similarity of two keys: 1 when equal, 0 when they share no pair. */
    static double dice(int[] a, int[] b) {
        return a.length + b.length == 0 ? 0 : 2.0 * common(a, b) / (a.length + b.length);
    }

    private static int common(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}
