package io.gongkai.ingest.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern that can only match where one of its anchor words begins: the words are found with
 * {@link String#indexOf} (a vectorised scan) and the pattern is tried there alone, rather than at every position of
 * the text. Gives the same matches as {@link Matcher#find()} for a pattern whose every match starts with an anchor.
 */
final class Anchored {

    private final Pattern pattern;
    private final String[] anchors;
    private final String follower;
    private final int reach;

    Anchored(String regex, String... anchors) {
        this(Pattern.compile(regex), anchors, null, 0);
    }

    private Anchored(Pattern pattern, String[] anchors, String follower, int reach) {
        this.pattern = pattern;
        this.anchors = anchors;
        this.follower = follower;
        this.reach = reach;
    }

    /**
     * The same pattern for one whose every match holds {@code word} beginning at most {@code reach} characters after
     * the anchor: the pattern is tried only where the word is that near.
     */
    Anchored followedWithin(int reach, String word) {
        return new Anchored(pattern, anchors, word, reach);
    }

    /** A pattern that begins with one literal word, its anchor: {@code startingWith("予以公开", "…")}. */
    static Anchored startingWith(String word, String rest) {
        return new Anchored(Pattern.quote(word) + rest, word);
    }

    /** The first match in the text, or null. */
    Matcher find(String text) {
        return find(text, 0);
    }

    /** The first match that starts at or after {@code from}, or null; the next one starts at its {@code end()}. */
    Matcher find(String text, int from) {
        Matcher matcher = pattern.matcher(text);
        int[] next = new int[anchors.length];
        for (int k = 0; k < anchors.length; k++) {
            next[k] = text.indexOf(anchors[k], from);
        }
        while (true) {
            int at = -1;
            for (int position : next) {
                if (position >= 0 && (at < 0 || position < at)) {
                    at = position;
                }
            }
            if (at < 0) {
                return null;
            }
            int followerAt = follower == null ? at : text.indexOf(follower, at);
            if (followerAt < 0) {
                return null;
            }
            matcher.region(at, text.length());
            if (followerAt - at <= reach && matcher.lookingAt()) {
                return matcher;
            }
            for (int k = 0; k < anchors.length; k++) {
                if (next[k] == at) {
                    next[k] = text.indexOf(anchors[k], at + 1);
                }
            }
        }
    }
}
