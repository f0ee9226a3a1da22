package io.gongkai.ingest.parse;

/**
 * Normalises a report's text once, before anything reads it. Line ends become {@code \n} (a form feed, a PDF page
 * break, too); full-width digits and number signs become ASCII; the many Unicode spaces (U+2002, U+3000, no-break …)
 * become a plain space; zero-width characters and Word's {@code [bookmark: …]} markers disappear. Chinese punctuation
 * is kept, so labels and prose keep their wording.
 */
final class TextNormaliser {

    private static final String BOOKMARK = "[bookmark:";
    private static final int LONGEST_BOOKMARK = 80;

    /** What becomes of each char: {@link #KEEP}, {@link #DROP}, {@link #SPECIAL} (a line end, a bookmark's start) or its replacement. */
    private static final char[] BECOMES = new char[Character.MAX_VALUE + 1];
    private static final char KEEP = '\uFFFF';
    private static final char DROP = '\uFFFE';
    private static final char SPECIAL = '\uFFFD';

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            BECOMES[c] = becomes((char) c);
        }
    }

    String normalise(String text) {
        char[] chars = text.toCharArray();
        int n = chars.length;
        int unchanged = 0;
        while (unchanged < n && BECOMES[chars[unchanged]] == KEEP) {
            unchanged++;
        }
        if (unchanged == n) {
            return text;
        }
        int length = unchanged;
        for (int i = unchanged; i < n; i++) {
            char c = chars[i];
            char becomes = BECOMES[c];
            if (becomes == KEEP) {
                chars[length++] = c;
            } else if (becomes == DROP) {
                continue;
            } else if (becomes != SPECIAL) {
                chars[length++] = becomes;
            } else if (c == '\r') {
                chars[length++] = '\n';
                if (i + 1 < n && chars[i + 1] == '\n') {
                    i++;
                }
            } else {
                int end = text.startsWith(BOOKMARK, i) ? text.indexOf(']', i) : -1;
                if (end > 0 && end - i < LONGEST_BOOKMARK) {
                    i = end;
                } else {
                    chars[length++] = c;
                }
            }
        }
        return new String(chars, 0, length);
    }

    private static char becomes(char c) {
        if (c == '\r' || c == '[') {
            return SPECIAL;
        }
        if (c >= '０' && c <= '９') {
            return (char) (c - '０' + '0');
        }
        if (isSpace(c)) {
            return ' ';
        }
        if (isInvisible(c)) {
            return DROP;
        }
        char ascii = ascii(c);
        return ascii == c ? KEEP : ascii;
    }

    private static char ascii(char c) {
        return switch (c) {
            case '＋' -> '+';
            case '－', '\u2212' -> '-';
            case '．' -> '.';
            case '／' -> '/';
            case '％' -> '%';
            case '\f', '\u2028', '\u2029', '\u0085' -> '\n';
            default -> c;
        };
    }

    private static boolean isSpace(char c) {
        return c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000'
                || c == '\u000B';
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }
}
