package io.gongkai.ingest.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern that can only match where one of its anchor words begins: the words are found with
 * {@link String#indexOf} and the pattern is tried there alone, rather than at every position of the text. Gives
 * the same first match as {@link Matcher#find()} for a pattern whose every match starts with an anchor.
 */
final class Anchored {

    private final Pattern pattern;
    private final String[] anchors;

    Anchored(String regex, String... anchors) {
        this.pattern = Pattern.compile(regex);
        this.anchors = anchors;
    }

    /** The first match in the text, or null. */
    Matcher find(String text) {
        Matcher matcher = pattern.matcher(text);
        int from = 0;
        while (true) {
            int at = -1;
            for (String anchor : anchors) {
                int found = text.indexOf(anchor, from);
                if (found >= 0 && (at < 0 || found < at)) {
                    at = found;
                }
            }
            if (at < 0) {
                return null;
            }
            matcher.region(at, text.length());
            if (matcher.lookingAt()) {
                return matcher;
            }
            from = at + 1;
        }
    }
}
