package io.gongkai.ingest.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the ways a row's value cells can be read as exactly the row's number of columns.
 *
 * <ul>
 *   <li>As many values as columns: read as written (empty cells around them are span padding).</li>
 *   <li>Fewer values, but enough cells counting the empty ones: every placement of the values among the cells that
 *       keeps them together; the empty cells inside are blanks.</li>
 *   <li>Fewer cells than columns: digit runs are split into numbers ("640020470" → 64/0/0/2/0/4/70), no part but "0"
 *       starting with 0 and none longer than nine digits; unless the row is a single run of digits, up to three
 *       missing cells are also placed anywhere, as blanks (extracted PDF text loses blank cells). A flattened row,
 *       one run of digits, is read as one number per column; only where no such split sums are the cells a crawler
 *       dropped along with their blanks placed anywhere ("22": 2 in one applicant column, total 2).</li>
 * </ul>
 * Where a row sums ({@link FormRow#summed()}: the last column of each row is the sum of the others) only readings
 * whose sums hold are kept, unless there is none: then the splits that do not sum (a few at most) are kept, for the
 * table's column arithmetic to judge, and validation will report the broken sum. Cells read as written whose sum fails may have lost
 * a cell (span padding then passes for a blank): readings of the cells whole with missing ones placed, whose sums
 * hold, are tried too, and if there are any they replace the reading as written; if not, the cells are read as
 * written and validation will report the broken sum. Readings with the same values count once. No reading
 * (an empty list) means the cells cannot be read: more values than columns, a number too long to be one, no split
 * at all, or too many to try. The caller decides what several readings mean: the form's column arithmetic may pick
 * one; the cells where the rest differ cannot be read.
 */
final class ValueSplitter {

    private static final int MAX_PART_DIGITS = 9;
    private static final int MAX_MISSING = 3;
    private static final int MAX_READINGS = 64;
    private static final int MAX_UNCHECKED = 8;
    private static final int MAX_STEPS = 200_000;

    /**
     * @param values  the record's value cells
     * @param width   the columns of one row
     * @param rows    how many rows the cells hold (more than one where labels are missing and rows run on)
     * @param summed  whether each row's last column is the sum of the others
     * @param dropped whether the table's blank cells were dropped (some row has fewer figures than columns): then
     *                every row may have lost blanks, and readings with blanks placed anywhere count as much as
     *                readings without ("2318212722111" is 23/18/21/27/22/-/111 as well as 2/31/8/21/27/22/111)
     */
    List<Reading> read(List<Token> values, int width, int rows, boolean summed, boolean dropped) {
        int slots = width * rows;
        int sumBlock = summed ? width : 0;
        if (values.size() == slots && allNumbers(values)) {
            return List.of(asWritten(values, slots));
        }
        List<Token> written = new ArrayList<>(values.size());
        for (Token token : values) {
            if (token.isWritten()) {
                written.add(token);
            }
        }
        if (written.isEmpty()) {
            double[] zero = new double[slots];
            boolean[] blank = new boolean[slots];
            Arrays.fill(blank, true);
            return List.of(new Reading(zero, blank, Reading.Inference.AS_WRITTEN));
        }
        if (written.size() > slots) {
            return List.of();
        }
        if (written.size() == slots || values.size() >= slots) {
            for (Token token : written) {
                if (token.kind() == Token.Kind.NUMBER && token.value() == null) {
                    return List.of();
                }
            }
            List<Reading> asWritten = written.size() == slots ? List.of(asWritten(written, slots))
                    : placements(values, slots);
            if (sumBlock == 0) {
                return asWritten;
            }
            List<Reading> consistent = new ArrayList<>();
            for (Reading reading : asWritten) {
                if (sums(reading.values(), slots, sumBlock)) {
                    consistent.add(reading);
                }
            }
            if (!consistent.isEmpty()) {
                return consistent;
            }
            List<Reading> lostCells = written.size() < slots ? lostCells(written, slots, sumBlock) : List.of();
            return lostCells.isEmpty() ? asWritten : lostCells;
        }
        if (capacity(written) + MAX_MISSING < slots && allZero(written)) {
            return List.of(zeros(written, slots));
        }
        return search(written, slots, sumBlock, dropped);
    }

    /** Whether the cells hold figures, but fewer digits than the row has columns: cells were dropped. */
    static boolean fewerFiguresThanColumns(List<Token> cells, int width) {
        boolean any = false;
        int capacity = 0;
        for (Token token : cells) {
            if (token.isWritten()) {
                any = true;
                capacity += token.isSplittable() ? token.text().length() : 1;
            }
        }
        return any && capacity < width;
    }

    private static boolean allZero(List<Token> written) {
        for (Token token : written) {
            if (!RowAligner.isZero(token)) {
                return false;
            }
        }
        return true;
    }

    static int capacity(List<Token> written) {
        int capacity = 0;
        for (Token token : written) {
            capacity += token.isSplittable() ? token.text().length() : 1;
        }
        return capacity;
    }

    /**
     * Zeros fewer than the columns: every cell reads 0 wherever they stood; the cells beyond the zeros written are
     * counted blank.
     */
    private static Reading zeros(List<Token> written, int slots) {
        boolean[] blank = new boolean[slots];
        Arrays.fill(blank, capacity(written), slots, true);
        return new Reading(new double[slots], blank, Reading.Inference.MISSING_CELLS);
    }

    /** Readings of cells read whole, with missing ones placed as blanks, whose sums hold. */
    private static List<Reading> lostCells(List<Token> written, int slots, int sumBlock) {
        if (slots - written.size() > MAX_MISSING) {
            return List.of();
        }
        Search search = new Search(written, slots, sumBlock, MAX_READINGS);
        search.insert(0, 0, slots - written.size());
        return search.exhausted ? List.of() : search.found;
    }

    /** Readings with digit runs split or missing cells placed, whose sums hold (or the only split there is). */
    private static List<Reading> search(List<Token> written, int slots, int sumBlock, boolean dropped) {
        if (dropped && sumBlock > 0) {
            Search withBlanks = new Search(written, slots, sumBlock, MAX_READINGS);
            withBlanks.split(0, 0, 0, slots - written.size());
            if (withBlanks.exhausted) {
                return List.of();
            }
            if (!withBlanks.found.isEmpty()) {
                return withBlanks.found;
            }
            return unchecked(written, slots);
        }
        Search search = new Search(written, slots, sumBlock, MAX_READINGS);
        search.split(0, 0, 0, 0);
        if ((written.size() >= 2 || !written.get(0).isSplittable()) && slots - written.size() <= MAX_MISSING) {
            search.insert(0, 0, slots - written.size());
        }
        if (search.exhausted) {
            return List.of();
        }
        if (!search.found.isEmpty() || sumBlock == 0) {
            return search.found;
        }
        Search droppedBlanks = new Search(written, slots, sumBlock, MAX_READINGS);
        droppedBlanks.split(0, 0, 0, slots - 1);
        if (!droppedBlanks.found.isEmpty() && !droppedBlanks.exhausted) {
            return droppedBlanks.found;
        }
        return unchecked(written, slots);
    }

    /** The splits whose sums do not hold, when there are only a few: for the table's column arithmetic to judge. */
    private static List<Reading> unchecked(List<Token> written, int slots) {
        Search unchecked = new Search(written, slots, 0, MAX_UNCHECKED);
        unchecked.split(0, 0, 0, 0);
        return unchecked.exhausted ? List.of() : unchecked.found;
    }

    /**
     * Whether every cell is a number with its value: the common row, one figure a cell, which reads only as written
     * (whether its total sums is for {@link ReadingChooser} to judge).
     */
    private static boolean allNumbers(List<Token> values) {
        for (Token token : values) {
            if (token.kind() != Token.Kind.NUMBER || token.value() == null) {
                return false;
            }
        }
        return true;
    }

    private static Reading asWritten(List<Token> written, int slots) {
        double[] values = new double[slots];
        boolean[] blank = new boolean[slots];
        for (int i = 0; i < slots; i++) {
            set(written.get(i), i, values, blank);
        }
        return new Reading(values, blank, Reading.Inference.AS_WRITTEN);
    }

    private static List<Reading> placements(List<Token> cells, int slots) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).isWritten()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        List<Reading> all = new ArrayList<>();
        for (int start = Math.max(0, last - slots + 1); start <= Math.min(first, cells.size() - slots); start++) {
            double[] values = new double[slots];
            boolean[] blank = new boolean[slots];
            for (int i = 0; i < slots; i++) {
                set(cells.get(start + i), i, values, blank);
            }
            addDistinct(all, new Reading(values, blank, Reading.Inference.AS_WRITTEN));
        }
        return all;
    }

    private static void set(Token token, int slot, double[] values, boolean[] blank) {
        if (token.kind() == Token.Kind.NUMBER) {
            values[slot] = token.value();
        } else {
            blank[slot] = true;
        }
    }

    private static boolean sums(double[] values, int filled, int sumBlock) {
        if (sumBlock == 0 || filled == 0 || filled % sumBlock != 0) {
            return true;
        }
        int start = filled - sumBlock;
        double sum = 0;
        for (int i = start; i < filled - 1; i++) {
            sum += values[i];
        }
        return sum == values[filled - 1];
    }

    private static void addDistinct(List<Reading> readings, Reading reading) {
        for (Reading known : readings) {
            if (known.sameValues(reading)) {
                return;
            }
        }
        readings.add(reading);
    }

    /**
     * A depth-first search over splits of digit runs and placements of missing cells, pruned by the row sums. It
     * stops, {@code exhausted}, after {@code limit} distinct readings or too many steps.
     */
    private static final class Search {

        private final List<Token> written;
        private final int slots;
        private final int sumBlock;
        private final int limit;
        private final int[] capacityFrom;
        private final double[] values;
        private final boolean[] blank;
        private final List<Reading> found = new ArrayList<>();
        private int steps;
        private int dropped;
        private boolean exhausted;

        Search(List<Token> written, int slots, int sumBlock, int limit) {
            this.written = written;
            this.slots = slots;
            this.sumBlock = sumBlock;
            this.limit = limit;
            this.values = new double[slots];
            this.blank = new boolean[slots];
            this.capacityFrom = new int[written.size() + 1];
            for (int t = written.size() - 1; t >= 0; t--) {
                Token token = written.get(t);
                capacityFrom[t] = capacityFrom[t + 1] + (token.isSplittable() ? token.text().length() : 1);
            }
        }

        /**
         * Fills slot {@code slot} from token {@code t} at character {@code offset}, splitting digit runs, or with
         * one of {@code blanks} cells a crawler dropped, read as blank.
         */
        void split(int t, int offset, int slot, int blanks) {
            if (exhausted || ++steps > MAX_STEPS) {
                exhausted = true;
                return;
            }
            if (slot == slots || t == written.size() && blanks == 0) {
                if (slot == slots && t == written.size()) {
                    found(dropped > 0 ? Reading.Inference.MISSING_CELLS : Reading.Inference.SPLIT);
                }
                return;
            }
            int slotsLeft = slots - slot;
            if (slotsLeft < written.size() - t || slotsLeft > capacityFrom[t] - offset + blanks) {
                return;
            }
            if (blanks > 0) {
                values[slot] = 0;
                blank[slot] = true;
                dropped++;
                if (sums(values, slot + 1, sumBlock)) {
                    split(t, offset, slot + 1, blanks - 1);
                }
                dropped--;
                blank[slot] = false;
                if (t == written.size()) {
                    return;
                }
            }
            Token token = written.get(t);
            if (!token.isSplittable()) {
                set(token, slot, values, blank);
                if (sums(values, slot + 1, sumBlock)) {
                    split(t + 1, 0, slot + 1, blanks);
                }
                blank[slot] = false;
                return;
            }
            String digits = token.text();
            int longest = digits.charAt(offset) == '0' ? 1 : Math.min(MAX_PART_DIGITS, digits.length() - offset);
            for (int length = 1; length <= longest; length++) {
                int end = offset + length;
                values[slot] = Long.parseLong(digits, offset, end, 10);
                if (sums(values, slot + 1, sumBlock)) {
                    if (end == digits.length()) {
                        split(t + 1, 0, slot + 1, blanks);
                    } else {
                        split(t, end, slot + 1, blanks);
                    }
                }
            }
        }

        /** Fills slot {@code slot} with token {@code t} whole, or with a missing cell read as blank. */
        void insert(int t, int slot, int missing) {
            if (exhausted || ++steps > MAX_STEPS) {
                exhausted = true;
                return;
            }
            if (slot == slots) {
                found(Reading.Inference.MISSING_CELLS);
                return;
            }
            if (missing > 0) {
                values[slot] = 0;
                blank[slot] = true;
                if (sums(values, slot + 1, sumBlock)) {
                    insert(t, slot + 1, missing - 1);
                }
                blank[slot] = false;
            }
            if (t < written.size() && written.get(t).value() != null) {
                set(written.get(t), slot, values, blank);
                if (sums(values, slot + 1, sumBlock)) {
                    insert(t + 1, slot + 1, missing);
                }
                blank[slot] = false;
            }
        }

        private void found(Reading.Inference inference) {
            if (found.size() == limit) {
                exhausted = true;
                return;
            }
            addDistinct(found, new Reading(values.clone(), blank.clone(), inference));
        }
    }
}
