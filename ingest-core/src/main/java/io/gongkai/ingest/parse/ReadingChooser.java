package io.gongkai.ingest.parse;

import io.gongkai.events.RejectionReason;
import io.gongkai.ingest.report.Rejection;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks one reading for every row of a table. Rows read one way keep it, whatever the arithmetic says (validation
 * reports broken sums). Where rows can be read several ways, every combination is tried against the table's
 * {@link ColumnCheck} in the columns where the readings differ; exactly one combination must hold. None, several,
 * or a row that can be read several ways in a table without column arithmetic, is a {@link Rejection}
 * ({@code UNREADABLE}): a figure guessed would be worse than no figure.
 */
final class ReadingChooser {

    private static final long MAX_COMBINATIONS = 100_000;

    /**
     * A matched piece of the table and its possible readings.
     *
     * @param firstRow the index of its first official row
     * @param rows     how many official rows the readings cover
     * @param readings the possible readings, each with {@code rows × width} values
     * @param cells    the cells read, for messages
     */
    record Unit(int firstRow, int rows, List<Reading> readings, List<Token> cells) {
    }

    /** One reading per unit, in the units' order. */
    List<Reading> choose(String table, List<FormRow> rows, List<Unit> units, ColumnCheck check) throws Rejection {
        List<Integer> open = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            if (units.get(u).readings().size() > 1) {
                open.add(u);
            }
        }
        List<Reading> chosen = new ArrayList<>();
        units.forEach(unit -> chosen.add(unit.readings().get(0)));
        if (open.isEmpty()) {
            return chosen;
        }
        Unit first = units.get(open.get(0));
        if (check == null) {
            throw ambiguous(table, rows, first, "");
        }
        long combinations = 1;
        for (int u : open) {
            combinations *= units.get(u).readings().size();
            if (combinations > MAX_COMBINATIONS) {
                throw ambiguous(table, rows, first, "; too many combinations to settle by the form's arithmetic");
            }
        }
        int width = rows.get(0).width();
        boolean[] columns = differingColumns(units, open, width);
        Search search = new Search(rows, units, open, chosen, check, columns, width);
        search.run(0);
        if (search.solutions == 1) {
            return search.solution;
        }
        throw ambiguous(table, rows, first, search.solutions == 0
                ? "; no reading agrees with the form's arithmetic"
                : "; the form's arithmetic does not decide");
    }

    private static boolean[] differingColumns(List<Unit> units, List<Integer> open, int width) {
        boolean[] columns = new boolean[width];
        for (int u : open) {
            List<Reading> readings = units.get(u).readings();
            double[] base = readings.get(0).values();
            for (Reading reading : readings) {
                for (int i = 0; i < base.length; i++) {
                    if (reading.values()[i] != base[i]) {
                        columns[i % width] = true;
                    }
                }
            }
        }
        return columns;
    }

    private static Rejection ambiguous(String table, List<FormRow> rows, Unit unit, String why) {
        String label = rows.get(unit.firstRow()).label();
        StringBuilder readings = new StringBuilder();
        for (Reading reading : unit.readings()) {
            readings.append(readings.isEmpty() ? "" : " or ").append(reading.describe());
        }
        return new Rejection(RejectionReason.UNREADABLE, table + " row " + label + ": the cells \""
                + FormTableReader.written(unit.cells()) + "\" can be read as " + readings + why, table + " " + label);
    }

    /** Tries every combination of the open units' readings. */
    private static final class Search {

        private final List<FormRow> rows;
        private final List<Unit> units;
        private final List<Integer> open;
        private final List<Reading> current;
        private final ColumnCheck check;
        private final boolean[] columns;
        private final int width;
        private int solutions;
        private List<Reading> solution;

        Search(List<FormRow> rows, List<Unit> units, List<Integer> open, List<Reading> current, ColumnCheck check,
               boolean[] columns, int width) {
            this.rows = rows;
            this.units = units;
            this.open = open;
            this.current = current;
            this.check = check;
            this.columns = columns;
            this.width = width;
        }

        void run(int index) {
            if (solutions > 1) {
                return;
            }
            if (index == open.size()) {
                if (holds()) {
                    solutions++;
                    solution = List.copyOf(current);
                }
                return;
            }
            int u = open.get(index);
            for (Reading reading : units.get(u).readings()) {
                current.set(u, reading);
                run(index + 1);
            }
        }

        private boolean holds() {
            double[][] grid = new double[rows.size()][width];
            for (int u = 0; u < units.size(); u++) {
                Unit unit = units.get(u);
                double[] values = current.get(u).values();
                for (int r = 0; r < unit.rows(); r++) {
                    System.arraycopy(values, r * width, grid[unit.firstRow() + r], 0, width);
                }
            }
            for (int column = 0; column < width; column++) {
                if (columns[column] && !check.holds(grid, column)) {
                    return false;
                }
            }
            return true;
        }
    }
}
