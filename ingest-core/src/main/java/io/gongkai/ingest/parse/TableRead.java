package io.gongkai.ingest.parse;

import java.util.List;

/**
 * The cells one table gave, by slot ({@link FormTable#slot}): every cell of the table (rows not found are zeros).
 *
 * @param form     the table
 * @param values   each cell's value
 * @param blank    true where a cell read as zero because it was blank, "-", "—", "/" or missing
 * @param trailing records after the last matched row (another table, when its heading is missing)
 */
record TableRead(FormTable form, double[] values, boolean[] blank, List<TableRecord> trailing) {

    /** A table whose cells are all zeros, none of them blank. */
    static TableRead zeros(FormTable form) {
        return new TableRead(form, new double[form.cellCount()], new boolean[form.cellCount()], List.of());
    }

    double value(String cellId) {
        return values[form.slot(cellId)];
    }

    boolean isBlank(String cellId) {
        return blank[form.slot(cellId)];
    }
}
