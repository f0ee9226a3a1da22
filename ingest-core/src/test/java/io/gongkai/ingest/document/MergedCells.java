package io.gongkai.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a seed's flat table back into merged cells, the way the report's form is drawn: a label
 * absorbs the empty cells to its right (colspan), then the rows below whose cells under it are all
 * empty (rowspan); numbers never span; an empty cell no span covers is a blank cell.
 *
 * <p>Writing these spans and reading them back must give the seed's flat rows again, so the fixtures
 * test exactly the reader's grid rule.
 */
final class MergedCells {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** A cell where it starts on the grid; blank cells have empty text and span 1×1. */
    record Cell(int row, int column, String text, int colspan, int rowspan) {

        boolean blank() {
            return text.isEmpty();
        }
    }

    private final Cell[][] owner;
    private final List<List<Cell>> rowsOfCells = new ArrayList<>();

    MergedCells(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        owner = new Cell[rows.size()][width];
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> starting = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                if (owner[r][c] != null) {
                    continue;
                }
                String text = text(rows, r, c);
                int colspan = 1;
                int rowspan = 1;
                if (!text.isEmpty() && !NUMBER.matcher(text).matches()) {
                    while (c + colspan < width && owner[r][c + colspan] == null && text(rows, r, c + colspan).isEmpty()) {
                        colspan++;
                    }
                    while (r + rowspan < rows.size() && emptyAndFree(rows, r + rowspan, c, colspan)) {
                        rowspan++;
                    }
                }
                Cell cell = new Cell(r, c, text, colspan, rowspan);
                starting.add(cell);
                for (int y = r; y < r + rowspan; y++) {
                    for (int x = c; x < c + colspan; x++) {
                        owner[y][x] = cell;
                    }
                }
            }
            rowsOfCells.add(starting);
        }
    }

    /** The cells that start in each row, left to right (what an HTML {@code <tr>} holds). */
    List<List<Cell>> startingCells() {
        return rowsOfCells;
    }

    int rows() {
        return owner.length;
    }

    int width() {
        return owner.length == 0 ? 0 : owner[0].length;
    }

    /** The cell covering a grid slot. */
    Cell at(int row, int column) {
        return owner[row][column];
    }

    private boolean emptyAndFree(List<List<String>> rows, int r, int c, int colspan) {
        for (int x = c; x < c + colspan; x++) {
            if (owner[r][x] != null || !text(rows, r, x).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String text(List<List<String>> rows, int r, int c) {
        List<String> row = rows.get(r);
        return c < row.size() ? row.get(c) : "";
    }
}
