package io.gongkai.ingest.parse;

import java.util.List;

/** Whitespace made plain: each run of it one space, and none at either end. */
final class Whitespace {

    private Whitespace() {
    }

    /** The text with each run of whitespace made one space, and none at either end. */
    static String collapse(String text) {
        return collapse(List.of(text));
    }

    /** The texts one after the other, a break between each, with each run of whitespace made one space. */
    static String collapse(List<String> texts) {
        int capacity = 0;
        for (String text : texts) {
            capacity += text.length() + 1;
        }
        char[] out = new char[capacity];
        int length = 0;
        boolean space = false;
        for (String text : texts) {
            int from = length + 1;
            text.getChars(0, text.length(), out, from);
            for (int i = from; i < from + text.length(); i++) {
                char c = out[i];
                if (CellScanner.isSpace(c)) {
                    space = length > 0;
                } else {
                    if (space) {
                        out[length++] = ' ';
                        space = false;
                    }
                    out[length++] = c;
                }
            }
            space = length > 0;
        }
        return texts.size() == 1 && length == texts.get(0).length() ? texts.get(0) : new String(out, 0, length);
    }
}
