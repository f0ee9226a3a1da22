package io.gongkai.ingest.parse;

import java.util.List;

/**
 * The cells one table gave, by {@link FormTable#slot slot}: every cell of the table (rows not found are zeros).
 *
 * @param values     each cell's value
 * @param blank      true where a cell read as zero because it was blank, "-", "—", "/" or missing
 * @param unreadable why a cell could not be read, with where (its row) first; null for a cell that was read
 * @param trailing   records after the last matched row (another table, when its heading is missing)
 */
record TableRead(double[] values, boolean[] blank, Unreadable[] unreadable, List<TableRecord> trailing) {

    /** Where and why a cell of the table could not be read. */
    record Unreadable(String location, String reason) {
    }

    /** The given table with all its cells zero, none of them blank. */
    static TableRead zeros(FormTable form) {
        return new TableRead(new double[form.cellCount()], new boolean[form.cellCount()],
                new Unreadable[form.cellCount()], List.of());
    }
}
