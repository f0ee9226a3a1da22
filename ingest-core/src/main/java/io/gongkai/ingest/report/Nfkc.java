package io.gongkai.ingest.report;

import java.text.Normalizer;

/**
 * Unicode NFKC, exactly as {@link Normalizer} computes it, at a fraction of its cost on Chinese text. A CJK unified
 * ideograph (U+4E00–U+9FFF) is <em>inert</em> under NFKC: it maps to itself and never composes with a neighbour, so
 * NFKC of a text is NFKC of each stretch between ideographs, the ideographs copied between them. Most stretches in a
 * report are one punctuation mark (looked up once and remembered) or plain ASCII (stable, copied); only the rest go
 * through {@link Normalizer}.
 */
final class Nfkc {

    private static final char FIRST_INERT = '\u4E00';
    private static final char LAST_INERT = '\u9FFF';
    /** NFKC of each single character met so far, by its UTF-16 unit; a race computes the same string twice. */
    private static final String[] SINGLE = new String[Character.MAX_VALUE + 1];

    private Nfkc() {
    }

    /**
     * NFKC of {@code text}: {@code text} itself when it is already normalised, as a report mostly is. The scan runs
     * over a copy of the characters: a loop over an array stays cheap even before the JIT has compiled it fully.
     */
    static String normalize(String text) {
        char[] chars = text.toCharArray();
        StringBuilder normalised = null;
        int copiedUpTo = 0;
        int stretchStart = 0;
        for (int i = 0; i <= chars.length; i++) {
            if (i < chars.length && !isIdeograph(chars[i])) {
                continue;
            }
            String stretch = i > stretchStart ? changedStretch(chars, stretchStart, i) : null;
            if (stretch != null) {
                if (normalised == null) {
                    normalised = new StringBuilder(chars.length + 16);
                }
                normalised.append(chars, copiedUpTo, stretchStart - copiedUpTo).append(stretch);
                copiedUpTo = i;
            }
            stretchStart = i + 1;
        }
        return normalised == null ? text : normalised.append(chars, copiedUpTo, chars.length - copiedUpTo).toString();
    }

    private static boolean isIdeograph(char c) {
        return c >= FIRST_INERT && c <= LAST_INERT;
    }

    /** NFKC of the stretch {@code [from, to)} of {@code chars}, or null when it is that stretch unchanged. */
    private static String changedStretch(char[] chars, int from, int to) {
        if (to - from == 1) {
            char c = chars[from];
            String normalised = single(c);
            return normalised.length() == 1 && normalised.charAt(0) == c ? null : normalised;
        }
        if (isAscii(chars, from, to)) {
            return null;
        }
        String stretch = new String(chars, from, to - from);
        String normalised = Normalizer.normalize(stretch, Normalizer.Form.NFKC);
        return normalised.equals(stretch) ? null : normalised;
    }

    private static String single(char c) {
        String normalised = SINGLE[c];
        if (normalised == null) {
            normalised = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            SINGLE[c] = normalised;
        }
        return normalised;
    }

    /** ASCII is NFKC-stable, and a stretch of it composes with nothing when an ideograph or the end follows. */
    private static boolean isAscii(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
