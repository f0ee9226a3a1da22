package io.gongkai.ingest.parse;

import java.util.List;

/**
 * The cells one table gave, by {@link FormTable#slot slot}: every cell of the table (rows not found are zeros).
 *
 * @param values   each cell's value
 * @param blank    true where a cell read as zero because it was blank, "-", "—", "/" or missing
 * @param trailing records after the last matched row (another table, when its heading is missing)
 */
record TableRead(double[] values, boolean[] blank, List<TableRecord> trailing) {

    /** The given table with all its cells zero, none of them blank. */
    static TableRead zeros(FormTable form) {
        return new TableRead(new double[form.cellCount()], new boolean[form.cellCount()], List.of());
    }
}
