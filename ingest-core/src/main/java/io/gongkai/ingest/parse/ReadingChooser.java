package io.gongkai.ingest.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Picks one reading for every row of a table, and says which cells no reading settles. Rows read one way keep it,
 * whatever the arithmetic says (validation reports broken sums). Where rows can be read several ways, every
 * combination is tried against the table's {@link ColumnCheck} in the columns where the readings differ, and the
 * combinations under which it holds in the most columns are kept (all of them, in a report whose figures balance).
 * A cell that the kept combinations read alike is read; a cell they read differently is undecided: absent from the
 * report and listed as unreadable, because a figure guessed would be worse than no figure. In a table without column
 * arithmetic, or with too many combinations to try, a row's own readings are compared the same way.
 */
final class ReadingChooser {

    private static final long MAX_COMBINATIONS = 100_000;
    private static final int READINGS_NAMED = 4;

    /**
     * A matched piece of the table and its possible readings.
     *
     * @param firstRow the index of its first official row
     * @param rows     how many official rows the readings cover
     * @param readings the possible readings, each with {@code rows × width} values; none when the cells cannot be
     *                 read as that many values at all
     * @param cells    the cells read, for messages
     */
    record Unit(int firstRow, int rows, List<Reading> readings, List<Token> cells) {
    }

    /**
     * What was chosen for one unit.
     *
     * @param reading   the reading taken (for undecided cells, any of the candidates: not to be reported)
     * @param undecided true where the candidates differ; null when every cell is decided
     * @param why       why cells are undecided, with the figures as written; null when none is
     */
    record Choice(Reading reading, boolean[] undecided, String why) {

        boolean decided() {
            return undecided == null;
        }
    }

    /** One choice per unit, in the units' order. */
    List<Choice> choose(List<FormRow> rows, List<Unit> units, ColumnCheck check, ParseNotes notes, String table) {
        int width = rows.get(0).width();
        List<Choice> chosen = new ArrayList<>(units.size());
        List<Integer> open = new ArrayList<>();
        long combinations = 1;
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            if (unit.readings().isEmpty()) {
                chosen.add(unreadable(unit, width));
            } else {
                chosen.add(new Choice(unit.readings().get(0), null, null));
                if (unit.readings().size() > 1) {
                    open.add(u);
                    combinations = Math.min(combinations * unit.readings().size(), MAX_COMBINATIONS + 1);
                }
            }
        }
        if (open.isEmpty()) {
            return chosen;
        }
        if (check == null || combinations > MAX_COMBINATIONS) {
            String why = check == null ? "" : "; too many combinations to settle by the form's arithmetic";
            for (int u : open) {
                chosen.set(u, agreement(units.get(u), allReadings(units.get(u)), why));
            }
            return chosen;
        }
        Search search = new Search(rows, units, open, chosen, check, width);
        search.run();
        for (int i = 0; i < open.size(); i++) {
            int u = open.get(i);
            boolean[] kept = search.kept[i];
            chosen.set(u, agreement(units.get(u), kept, "; the form's arithmetic does not decide"));
        }
        if (search.best < search.columns) {
            notes.warn(table + ": no reading of the figures makes the form's arithmetic hold in every column; "
                    + "the readings under which it holds in the most columns (" + search.best + " of "
                    + search.columns + ") were taken");
        }
        return chosen;
    }

    private static boolean[] allReadings(Unit unit) {
        boolean[] all = new boolean[unit.readings().size()];
        Arrays.fill(all, true);
        return all;
    }

    /** The unit's kept readings: the first of them, and the cells where any other differs from it. */
    private static Choice agreement(Unit unit, boolean[] kept, String why) {
        List<Reading> readings = new ArrayList<>();
        for (int r = 0; r < kept.length; r++) {
            if (kept[r]) {
                readings.add(unit.readings().get(r));
            }
        }
        Reading first = readings.get(0);
        boolean[] undecided = new boolean[first.values().length];
        boolean any = false;
        for (Reading reading : readings) {
            for (int i = 0; i < undecided.length; i++) {
                if (reading.values()[i] != first.values()[i]) {
                    undecided[i] = true;
                    any = true;
                }
            }
        }
        if (!any) {
            return new Choice(first, null, null);
        }
        StringBuilder named = new StringBuilder();
        for (int r = 0; r < readings.size() && r < READINGS_NAMED; r++) {
            named.append(r == 0 ? "" : " or ").append(readings.get(r).describe());
        }
        if (readings.size() > READINGS_NAMED) {
            named.append(" or ").append(readings.size() - READINGS_NAMED).append(" more");
        }
        return new Choice(first, undecided, "the cells \"" + FormTableReader.written(unit.cells()) + "\" can be read as "
                + named + why);
    }

    private static Choice unreadable(Unit unit, int width) {
        int slots = width * unit.rows();
        boolean[] undecided = new boolean[slots];
        Arrays.fill(undecided, true);
        Reading none = new Reading(new double[slots], new boolean[slots], Reading.Inference.AS_WRITTEN);
        return new Choice(none, undecided, "the cells \"" + FormTableReader.written(unit.cells())
                + "\" cannot be read as " + slots + " columns");
    }

    /**
     * Tries every combination of the open units' readings and keeps, per open unit, the readings that take part in a
     * combination under which the arithmetic holds in the most of the columns where readings differ.
     */
    private static final class Search {

        private final List<Unit> units;
        private final List<Integer> open;
        private final ColumnCheck check;
        private final int width;
        private final int[] differing;
        private final double[][] grid;
        private final int[] current;
        private final boolean[][] kept;
        private final int columns;
        private int best = -1;

        Search(List<FormRow> rows, List<Unit> units, List<Integer> open, List<Choice> chosen, ColumnCheck check,
               int width) {
            this.units = units;
            this.open = open;
            this.check = check;
            this.width = width;
            this.differing = differingColumns(units, open, width);
            this.columns = differing.length;
            this.grid = new double[rows.size()][width];
            for (int u = 0; u < units.size(); u++) {
                place(units.get(u), chosen.get(u).reading());
            }
            this.current = new int[open.size()];
            this.kept = new boolean[open.size()][];
            for (int i = 0; i < open.size(); i++) {
                kept[i] = new boolean[units.get(open.get(i)).readings().size()];
            }
        }

        void run() {
            while (true) {
                for (int i = 0; i < open.size(); i++) {
                    Unit unit = units.get(open.get(i));
                    place(unit, unit.readings().get(current[i]));
                }
                int holding = holding();
                if (holding > best) {
                    best = holding;
                    for (boolean[] readings : kept) {
                        Arrays.fill(readings, false);
                    }
                }
                if (holding == best) {
                    for (int i = 0; i < open.size(); i++) {
                        kept[i][current[i]] = true;
                    }
                }
                int i = 0;
                while (i < open.size() && ++current[i] == units.get(open.get(i)).readings().size()) {
                    current[i++] = 0;
                }
                if (i == open.size()) {
                    return;
                }
            }
        }

        private void place(Unit unit, Reading reading) {
            for (int r = 0; r < unit.rows(); r++) {
                System.arraycopy(reading.values(), r * width, grid[unit.firstRow() + r], 0, width);
            }
        }

        private int holding() {
            int holding = 0;
            for (int column : differing) {
                if (check.holds(grid, column)) {
                    holding++;
                }
            }
            return holding;
        }

        private static int[] differingColumns(List<Unit> units, List<Integer> open, int width) {
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
            int count = 0;
            for (boolean column : columns) {
                count += column ? 1 : 0;
            }
            int[] differing = new int[count];
            for (int c = 0, n = 0; c < width; c++) {
                if (columns[c]) {
                    differing[n++] = c;
                }
            }
            return differing;
        }
    }
}
