package io.gongkai.ingest.parse;

/**
 * Puts section headings written inside a line on a line of their own, so that a report whose body reached the
 * parser as one line (a crawler's page text, a scraper record with its line breaks stripped) is read like its
 * line-broken twin: "…联系。一、总体情况2021年，我区…" becomes "…联系。", "一、总体情况", "2021年，我区…".
 *
 * <p>A heading inside a line is a Chinese ordinal (一 to 六, alone, then 、) followed by a section's title
 * ({@link SectionTitles}); the line is broken before the ordinal and after the title (and any "：" or "。" closing
 * it). Headings at the start of a line are left as they are, as is everything when there is no inline heading.
 */
final class InlineHeadings {

    private static final int LONGEST_LOOK = 40;

    private InlineHeadings() {
    }

    static String separate(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int mark = text.indexOf('、', 1); mark >= 0; mark = text.indexOf('、', mark + 1)) {
            int ordinal = mark - 1;
            if (!isOrdinal(text, ordinal) || atLineStart(text, ordinal)) {
                continue;
            }
            int end = titleEnd(text, mark + 1);
            if (end < 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 64);
            }
            out.append(text, copied, ordinal).append('\n').append(text, ordinal, end);
            if (end < text.length() && text.charAt(end) != '\n') {
                out.append('\n');
            }
            copied = end;
            mark = end - 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Whether a lone 一 to 六 stands at {@code i}, not the end of a longer numeral (十一、, 二十一、). */
    private static boolean isOrdinal(String text, int i) {
        return "一二三四五六".indexOf(text.charAt(i)) >= 0
                && (i == 0 || "一二三四五六七八九十百".indexOf(text.charAt(i - 1)) < 0);
    }

    private static boolean atLineStart(String text, int i) {
        int j = i - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
        }
        return j < 0 || text.charAt(j) == '\n';
    }

    /**
     * Where the section title starting at {@code from} ends, with the "：", "。" or spaces closing it; -1 when no
     * section title starts there.
     */
    private static int titleEnd(String text, int from) {
        int lineEnd = text.indexOf('\n', from);
        int limit = Math.min(lineEnd < 0 ? text.length() : lineEnd, from + LONGEST_LOOK);
        String letters = LabelMatcher.compact(text.subSequence(from, limit));
        for (int section = 0; section < SectionTitles.CANONICAL.length; section++) {
            int matched = SectionTitles.match(section, letters);
            if (matched > 0) {
                int i = from;
                for (int counted = 0; counted < matched; i++) {
                    if (LabelMatcher.isLetter(text.charAt(i))) {
                        counted++;
                    }
                }
                while (i < limit && " ：:。.".indexOf(text.charAt(i)) >= 0) {
                    i++;
                }
                return i;
            }
        }
        return -1;
    }
}
