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

    String normalise(String text) {
        int n = text.length();
        int unchanged = 0;
        while (unchanged < n && !changes(text.charAt(unchanged))) {
            unchanged++;
        }
        if (unchanged == n) {
            return text;
        }
        char[] chars = text.toCharArray();
        int length = unchanged;
        for (int i = unchanged; i < n; i++) {
            char c = chars[i];
            if (!changes(c)) {
                chars[length++] = c;
            } else if (c == '\r') {
                chars[length++] = '\n';
                if (i + 1 < n && chars[i + 1] == '\n') {
                    i++;
                }
            } else if (c >= '０' && c <= '９') {
                chars[length++] = (char) (c - '０' + '0');
            } else if (c == '[') {
                int end = text.startsWith(BOOKMARK, i) ? text.indexOf(']', i) : -1;
                if (end > 0 && end - i < LONGEST_BOOKMARK) {
                    i = end;
                } else {
                    chars[length++] = c;
                }
            } else if (isSpace(c)) {
                chars[length++] = ' ';
            } else if (!isInvisible(c)) {
                chars[length++] = ascii(c);
            }
        }
        return new String(chars, 0, length);
    }

    /**
     * Whether a character may be written differently, or dropped: false for the bulk of a report (CJK, printable
     * ASCII, newline and tab), which is copied as it is.
     */
    private static boolean changes(char c) {
        if (c >= ' ' && c <= '~') {
            return c == '[';
        }
        if (c >= '\u4E00' && c <= '\u9FFF' || c == '\n' || c == '\t') {
            return false;
        }
        return c == '\r' || c >= '０' && c <= '９' || isSpace(c) || isInvisible(c) || ascii(c) != c;
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
