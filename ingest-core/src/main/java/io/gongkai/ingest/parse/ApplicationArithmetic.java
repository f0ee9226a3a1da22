package io.gongkai.ingest.parse;

import io.gongkai.events.Layout;
import io.gongkai.schemas.cells.CellCatalog;

import java.util.List;

/**
 * The §三 form's column arithmetic, as printed on it (勾稽关系), in one applicant column:
 * {@code received + carriedOver = handledTotal + carriedForward}, and {@code handledTotal} = the sum of the result
 * rows ({@code granted} … the last {@code otherHandling} row). Used to settle digits that split several ways.
 */
final class ApplicationArithmetic implements ColumnCheck {

    private final int received;
    private final int carriedOver;
    private final int handledTotal;
    private final int carriedForward;
    private final int[] results;

    ApplicationArithmetic(Layout layout) {
        List<String> rows = CellCatalog.applicationRows(layout);
        received = rows.indexOf("received");
        carriedOver = rows.indexOf("carriedOver");
        handledTotal = rows.indexOf("handledTotal");
        carriedForward = rows.indexOf("carriedForward");
        results = CellCatalog.resultRows(layout).stream().mapToInt(rows::indexOf).toArray();
    }

    @Override
    public boolean holds(double[][] grid, int column) {
        double handled = grid[handledTotal][column];
        if (grid[received][column] + grid[carriedOver][column] != handled + grid[carriedForward][column]) {
            return false;
        }
        double sum = 0;
        for (int row : results) {
            sum += grid[row][column];
        }
        return sum == handled;
    }
}
