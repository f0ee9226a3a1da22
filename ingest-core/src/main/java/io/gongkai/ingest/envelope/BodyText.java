package io.gongkai.ingest.envelope;

import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * A report's text made plain: every line break (CRLF, CR, U+2028, U+2029) an LF, and HTML entities that survived into
 * text (&amp;nbsp;, &amp;#12288;, &amp;ldquo; …) unescaped, unless the text is HTML, which the HTML reader unescapes.
 * Text needing neither is returned as it is, after a search for each character that would call for a change.
 */
final class BodyText {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?|[\u2028\u2029]");
    private static final Pattern TAG = Pattern.compile(
            "<(?:!doctype\\s|!--|/?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>)", Pattern.CASE_INSENSITIVE);

    private BodyText() {
    }

    /** The text with each line break an LF. */
    static String withLfEndings(String text) {
        if (text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) {
            return text;
        }
        return LINE_BREAK.matcher(text).replaceAll("\n");
    }

    /** The text with HTML entities unescaped; HTML (a tag anywhere) is left alone. */
    static String withoutEntities(String text) {
        if (text.indexOf('&') < 0 || isHtml(text)) {
            return text;
        }
        return StringEscapeUtils.unescapeHtml4(text);
    }

    /** Whether the text is an HTML document or fragment: it holds a tag, a comment or a doctype. */
    static boolean isHtml(String text) {
        return text.indexOf('<') >= 0 && TAG.matcher(text).find();
    }
}
