package io.gongkai.ingest.envelope;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;

/**
 * Reads text that is a JavaScript string.
 * <ul>
 *   <li>A literal: the whole text one string in single or double quotes, bare or as {@code var x = "…";},
 *       {@code x = "…";} or {@code x: "…"} (the key quoted or not; a trailing ';' or ',').</li>
 *   <li>Escaped text: not a literal, but plainly still escaped — at least three escaped line breaks, tabs or
 *       characters (backslash-n, -r, -t, -uXXXX, -xXX), and more of them than real line breaks.</li>
 * </ul>
 * Escapes are undone by Commons Text's ECMAScript unescaper, taught backslash-xXX.
 */
final class JsStringReader {

    private static final Pattern LITERAL_START = Pattern.compile("(?:(?:(?:var|let|const)\\s+)?"
            + "[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*\\s*[=:]\\s*|([\"'])[^\"'\\n]{1,64}\\1\\s*:\\s*)?([\"'])");
    private static final Pattern LITERAL_END = Pattern.compile("\\s*[;,]?\\s*");
    private static final int LEAST_ESCAPES = 3;
    private static final int UNICODE_ESCAPE = 6;
    private static final int HEX_ESCAPE = 4;
    private static final CharSequenceTranslator UNESCAPE =
            new AggregateTranslator(new HexUnescaper(), StringEscapeUtils.UNESCAPE_ECMASCRIPT);

    private JsStringReader() {
    }

    /**
     * The literal the whole text is, unescaped; null when it is not one.
     *
     */
    static Layer readLiteral(String text, int start) {
        Matcher opening = LITERAL_START.matcher(text).region(start, text.length());
        if (!opening.lookingAt()) {
            return null;
        }
        char quote = opening.group(2).charAt(0);
        int close = closingQuote(text, opening.end(), quote);
        if (close < 0 || !LITERAL_END.matcher(text).region(close + 1, text.length()).matches()) {
            return null;
        }
        String prefix = text.substring(start, opening.start(2)).strip();
        String what = "JavaScript string literal" + (prefix.isEmpty() ? "" : " after '" + prefix + "'");
        String body = UNESCAPE.translate(text.substring(opening.end(), close));
        return Layer.bare(EnvelopeKind.JS_STRING, what, body);
    }

    /** The text unescaped when it is plainly still escaped (see the class rule); null when it is not. */
    static Layer readEscaped(String text) {
        int backslash = text.indexOf('\\');
        if (backslash < 0) {
            return null;
        }
        int escapes = 0;
        for (int i = backslash; i >= 0 && i + 1 < text.length(); i = text.indexOf('\\', i)) {
            char escaped = text.charAt(i + 1);
            if (escaped == 'n' || escaped == 'r' || escaped == 't') {
                escapes++;
                i += 2;
            } else if (escaped == 'u' && isHex(text, i + 2, i + UNICODE_ESCAPE)) {
                escapes++;
                i += UNICODE_ESCAPE;
            } else if (escaped == 'x' && isHex(text, i + 2, i + HEX_ESCAPE)) {
                escapes++;
                i += HEX_ESCAPE;
            } else {
                i += 2;
            }
        }
        if (escapes < LEAST_ESCAPES || escapes <= lineBreaks(text, escapes)) {
            return null;
        }
        return Layer.bare(EnvelopeKind.JS_STRING, "JavaScript-escaped text (" + escapes + " escapes)",
                UNESCAPE.translate(text));
    }

    /** Where the literal opened before {@code from} closes: the first unescaped {@code quote}; -1 if none. */
    private static int closingQuote(String text, int from, char quote) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    /** How many LFs the text has, counted up to {@code enough}. */
    private static int lineBreaks(String text, int enough) {
        int count = 0;
        for (int i = text.indexOf('\n'); i >= 0 && count < enough; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        return count;
    }

    private static boolean isHex(String text, int from, int to) {
        return to <= text.length() && Facts.hex(text, from, to) >= 0;
    }

    /** Backslash-xXX, a character by two hexadecimal digits, which the ECMAScript unescaper leaves out. */
    private static final class HexUnescaper extends CharSequenceTranslator {

        @Override
        public int translate(CharSequence input, int index, Writer writer) throws IOException {
            if (index + HEX_ESCAPE > input.length() || input.charAt(index) != '\\' || input.charAt(index + 1) != 'x') {
                return 0;
            }
            int code = Facts.hex(input.subSequence(index + 2, index + HEX_ESCAPE).toString(), 0, 2);
            if (code < 0) {
                return 0;
            }
            writer.write(code);
            return HEX_ESCAPE;
        }
    }
}
