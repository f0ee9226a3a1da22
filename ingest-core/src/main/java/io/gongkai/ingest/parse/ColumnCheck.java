package io.gongkai.ingest.parse;

/** A table's column arithmetic: whether it holds in one column of a table read row by row. */
@FunctionalInterface
interface ColumnCheck {

    /**
     * @param grid   the table's values, one array per official row (rows without cells are zeros)
     * @param column the column to check
     */
    boolean holds(double[][] grid, int column);
}
