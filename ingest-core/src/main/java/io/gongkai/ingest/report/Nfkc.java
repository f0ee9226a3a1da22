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

    static String normalize(String text) {
        StringBuilder normalised = new StringBuilder(text.length());
        int stretchStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_INERT && c <= LAST_INERT) {
                appendStretch(normalised, text, stretchStart, i);
                normalised.append(c);
                stretchStart = i + 1;
            }
        }
        appendStretch(normalised, text, stretchStart, text.length());
        return normalised.toString();
    }

    private static void appendStretch(StringBuilder normalised, String text, int from, int to) {
        if (to - from == 1) {
            normalised.append(single(text.charAt(from)));
        } else if (isAscii(text, from, to)) {
            normalised.append(text, from, to);
        } else {
            normalised.append(Normalizer.normalize(text.subSequence(from, to), Normalizer.Form.NFKC));
        }
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
    private static boolean isAscii(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
