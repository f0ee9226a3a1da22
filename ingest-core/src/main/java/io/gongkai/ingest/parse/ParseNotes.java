package io.gongkai.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/** What the parser had to assume while reading one report, in words, in the order it assumed it. */
final class ParseNotes {

    private final List<String> warnings = new ArrayList<>();

    void warn(String warning) {
        warnings.add(warning);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }
}
