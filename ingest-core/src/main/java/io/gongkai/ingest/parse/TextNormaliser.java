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
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '[' && text.startsWith(BOOKMARK, i)) {
                int end = text.indexOf(']', i);
                if (end > 0 && end - i < LONGEST_BOOKMARK) {
                    i = end;
                } else {
                    out.append(c);
                }
            } else if (isSpace(c)) {
                out.append(' ');
            } else if (!isInvisible(c)) {
                out.append(ascii(c));
            }
        }
        return out.toString();
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
