package io.gongkai.ingest.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One table laid out on its grid, the shared model behind every table the readers write.
 *
 * <p>Rows are filled left to right the way HTML lays out a table: a cell takes the first grid slot
 * not yet covered by a cell with a rowspan from a row above; a cell spanning n columns is followed by
 * n−1 empty slots; a slot covered from above is empty; every row is padded to the table's width.
 * Readers of formats that write merged continuations explicitly (a .docx {@code vMerge}) add those
 * as empty cells and never pass a rowspan. Cell text is reduced to one line ({@link
 * TextOutput#singleLine}).
 *
 * <p>The grid is at most {@value #MAX_COLUMNS} columns wide (the HTML limit on {@code colspan}; cells
 * beyond are dropped) and holds no more cells than its output has characters left, so spans cannot
 * blow it up.
 */
final class TableGrid {

    static final int MAX_COLUMNS = 1000;

    private final long maxCells;
    private final String location;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<Integer> coveredUntilRow = new ArrayList<>();
    private long cells;
    private int width;

    TableGrid(long maxCells, String location) {
        this.maxCells = maxCells;
        this.location = location;
    }

    void startRow() {
        rows.add(new ArrayList<>());
    }

    /**
     * Places a cell in the current row.
     *
     * @param colspan columns it spans; values below 1 count as 1
     * @param rowspan rows it spans from this one down; 0 means to the end of the table (as in HTML)
     */
    void addCell(String text, int colspan, int rowspan) {
        if (rows.isEmpty()) {
            startRow();
        }
        int rowIndex = rows.size() - 1;
        List<String> row = rows.get(rowIndex);
        while (row.size() < coveredUntilRow.size() && coveredUntilRow.get(row.size()) > rowIndex) {
            put(row, "");
        }
        int column = row.size();
        int span = Math.min(Math.max(colspan, 1), MAX_COLUMNS - column);
        if (span <= 0) {
            return;
        }
        int lastRow = rowspan <= 0 ? Integer.MAX_VALUE : rowIndex + Math.max(rowspan, 1);
        put(row, TextOutput.singleLine(text));
        for (int i = 1; i < span; i++) {
            put(row, "");
        }
        for (int c = column; c < column + span; c++) {
            while (coveredUntilRow.size() <= c) {
                coveredUntilRow.add(0);
            }
            coveredUntilRow.set(c, Math.max(coveredUntilRow.get(c), lastRow));
        }
    }

    /** Empty cells for grid columns a row leaves out (a .docx {@code gridBefore}). */
    void skipColumns(int count) {
        for (int i = 0; i < count; i++) {
            addCell("", 1, 1);
        }
    }

    /** The rows, each padded with empty cells to the table's width. */
    List<List<String>> rows() {
        if ((long) rows.size() * width > maxCells) {
            throw tooManyCells();
        }
        List<List<String>> padded = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            List<String> full = new ArrayList<>(row);
            full.addAll(Collections.nCopies(width - row.size(), ""));
            padded.add(full);
        }
        return padded;
    }

    private void put(List<String> row, String text) {
        if (++cells > maxCells) {
            throw tooManyCells();
        }
        row.add(text);
        width = Math.max(width, row.size());
    }

    private TextOutput.LimitExceeded tooManyCells() {
        return new TextOutput.LimitExceeded(
                "a table would exceed " + maxCells + " cells (a colspan/rowspan bomb?)", location);
    }
}
