package io.gongkai.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Compares cells and names only those that differ (value and type: Integer counts, Double amounts). */
final class CellsAssert {

    private CellsAssert() {
    }

    static void assertCells(Map<String, Number> actual, Map<String, Number> expected) {
        Set<String> ids = new LinkedHashSet<>(expected.keySet());
        ids.addAll(actual.keySet());
        List<String> differences = new ArrayList<>();
        for (String id : ids) {
            Number want = expected.get(id);
            Number got = actual.get(id);
            if (!Objects.equals(want, got)) {
                differences.add(id + ": expected " + describe(want) + " but was " + describe(got));
            }
        }
        assertThat(differences).as("cells that differ").isEmpty();
    }

    private static String describe(Number value) {
        return value == null ? "absent" : value + " (" + value.getClass().getSimpleName() + ")";
    }
}
