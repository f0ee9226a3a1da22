package io.gongkai.ingest.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aligns a table's records with the official rows, in order, at the least cost (a dynamic programme over records
 * and rows). Costs, from cheapest:
 * <ul>
 *   <li>a record whose own label contains the row's words: 0 (a typo costs its share of missing character pairs);
 *       the row's words found only with the text carried from earlier lines, or with the text after the values up to
 *       the next item number (（二）, 2., 二、): +0.15;</li>
 *   <li>a record without a label of its own, taken by position (a missing label cell): 0.6; a record whose label
 *       holds less than a third of a row's words is never that row;</li>
 *   <li>values that need splitting: +0.1; each missing cell: +0.3; a row left blank (empty cells only): +0.9;
 *       more than three cells missing: +0.3 where the figures are all zero, else +1.2, and only for a record with a
 *       label of its own (a crawler dropped the row's blank cells);</li>
 *   <li>one record holding several rows' values (labels missing, rows run on): +0.6 a row, and only with every
 *       cell there, each a number (digits run together may be split across rows only in a table the form prints
 *       on one line, §四); a record continuing the previous one's values on the next line: +0.1;</li>
 *   <li>a record matching no row: 1 (0.2 for one without values, e.g. a header); a row matching no record: 1.</li>
 * </ul>
 * Because rows keep their order, a short label ("其他", "总计") cannot be taken for a header or a longer label
 * elsewhere in the table.
 */
final class RowAligner {

    static final double UNLABELLED = 0.6;
    /** The most a labelled record may miss of a row's words: 2/3 of its character pairs. */
    private static final double STRANGER = 0.66;
    /** How close a missing row's fit must come to a record's own row for the record to be in doubt. */
    private static final double DOUBT = 0.15;
    private static final double CARRIED = 0.15;
    private static final double SPLIT = 0.1;
    private static final double MISSING_CELL = 0.3;
    private static final double BLANK_ROW = 0.9;
    private static final double EXTRA_ROW = 0.6;
    private static final double CONTINUATION = 0.1;
    private static final double SKIP_RECORD = 1;
    private static final double SKIP_EMPTY_RECORD = 0.2;
    private static final double SKIP_ROW = 1;
    private static final int MAX_MISSING = 3;
    /** Most cells of a labelled row missing: a crawler dropped its blank cells ("22" for 2 … 2). */
    private static final double DROPPED_CELLS = 1.2;
    private static final int MAX_SPAN = 3;
    private static final double NEVER = Double.POSITIVE_INFINITY;

    /**
     * Records {@code [record, record + records)} read as rows {@code [row, row + rows)}.
     *
     * @param labelCost how far the first record's label is from the first row's words (0 = contains them)
     */
    record Match(int record, int records, int row, int rows, double labelCost) {
    }

    /**
     * A record read as one row whose label fits a row that was not found about as well: which row its figures
     * belong to cannot be told.
     */
    record Doubt(int record, int row, int missingRow) {
    }

    /** The matches in order, the records that matched no row, and the doubts about matches beside missing rows. */
    record Alignment(List<Match> matches, List<Integer> unmatchedRecords, List<Doubt> doubts) {

        int matchedRows() {
            return matches.stream().mapToInt(Match::rows).sum();
        }
    }

    Alignment align(List<TableRecord> records, FormTable table) {
        List<FormRow> rows = table.rows();
        RowIndex index = table.index();
        double runOnLimit = table.oneLineRow() ? SPLIT : 0;
        Alignment clean = table.oneLineRow() ? onOneLine(records, rows) : inOrder(records, rows);
        if (clean != null) {
            return clean;
        }
        int m = records.size();
        int n = rows.size();
        int maxSlots = 0;
        for (FormRow row : rows) {
            maxSlots = Math.max(maxSlots, row.width());
        }
        maxSlots *= MAX_SPAN;
        double[][] owns = new double[m][];
        double[][] labels = new double[m][];
        Fits[] fits = new Fits[m];
        for (int i = 0; i < m; i++) {
            owns[i] = ownLabelCosts(records.get(i), index);
            labels[i] = labelCosts(records, i, index, owns[i]);
            fits[i] = Fits.of(records, i, maxSlots);
        }
        double[][] cost = new double[m + 1][n + 1];
        int[][] step = new int[m + 1][n + 1];
        for (double[] row : cost) {
            Arrays.fill(row, NEVER);
        }
        cost[0][0] = 0;
        for (int i = 0; i <= m; i++) {
            for (int j = 0; j <= n; j++) {
                double here = cost[i][j];
                if (here == NEVER) {
                    continue;
                }
                if (i < m && j < n) {
                    double label = labels[i][j];
                    int width = 0;
                    for (int k = 1; k <= MAX_SPAN && j + k <= n; k++) {
                        width += rows.get(j + k - 1).width();
                        double fit = fits[i].fit(1, width);
                        if (fit == DROPPED_CELLS && records.get(i).unlabelled()) {
                            continue;
                        }
                        if (k == 1 || fit <= runOnLimit) {
                            relax(cost, step, i + 1, j + k, here + label + fit + EXTRA_ROW * (k - 1), encode(1, k));
                        }
                    }
                    for (int q = 2; q <= fits[i].records(); q++) {
                        double fit = fits[i].fit(q, rows.get(j).width());
                        relax(cost, step, i + q, j + 1, here + label + fit + CONTINUATION * (q - 1), encode(q, 1));
                    }
                }
                if (i < m) {
                    relax(cost, step, i + 1, j, here + fits[i].skip(), encode(1, 0));
                }
                if (j < n) {
                    relax(cost, step, i, j + 1, here + SKIP_ROW, encode(0, 1));
                }
            }
        }
        return backtrack(owns, labels, step, m, n);
    }

    /**
     * The alignment of a clean table, without the dynamic programme: every record with values has, in order, the
     * words of the next row in its own label and exactly that row's cells; every other record has only empty cells
     * (a header). No alignment costs less: it would have to match a header (0.9 or more, against 0.2 to skip it).
     * Null when the table is not that clean.
     */
    private static Alignment inOrder(List<TableRecord> records, List<FormRow> rows) {
        List<Match> matches = new ArrayList<>(rows.size());
        List<Integer> unmatched = new ArrayList<>();
        int row = 0;
        for (int i = 0; i < records.size(); i++) {
            TableRecord record = records.get(i);
            if (!record.hasWritten()) {
                unmatched.add(i);
                continue;
            }
            if (row == rows.size() || fit(record.values(), rows.get(row).width()) != 0
                    || !containsWords(record.ownWords(), rows.get(row))) {
                return null;
            }
            matches.add(new Match(i, 1, row, 1, 0));
            row++;
        }
        return row == rows.size() ? new Alignment(List.copyOf(matches), List.copyOf(unmatched), List.of()) : null;
    }

    /**
     * Whether a label holds all of a row's character pairs: at once when it contains the row's words (of two letters
     * or more, which have pairs).
     */
    private static boolean containsWords(String label, FormRow row) {
        return row.words().length() >= 2 && label.contains(row.words())
                || LabelMatcher.recall(row.key(), LabelMatcher.key(label)) == 1;
    }

    /**
     * The alignment of a table the form prints on one line (§四), as it is usually written: one record with figures,
     * without a label of its own, holding exactly one value for every cell of every row; the other records have no
     * figures (the headers). No alignment costs less: any other must skip that record (1) and leave the rows
     * unmatched (1 each), or match a header to a row (0.9 or more). Null when the table is not so.
     */
    private static Alignment onOneLine(List<TableRecord> records, List<FormRow> rows) {
        int slots = 0;
        for (FormRow row : rows) {
            slots += row.width();
        }
        int figures = -1;
        List<Integer> headers = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (!records.get(i).hasWritten()) {
                headers.add(i);
            } else if (figures >= 0) {
                return null;
            } else {
                figures = i;
            }
        }
        if (figures < 0 || !records.get(figures).unlabelled() || fit(records.get(figures).values(), slots) != 0) {
            return null;
        }
        return new Alignment(List.of(new Match(figures, 1, 0, rows.size(), UNLABELLED)), List.copyOf(headers),
                List.of());
    }

    private static Alignment backtrack(double[][] owns, double[][] labels, int[][] step, int m, int n) {
        List<Match> matches = new ArrayList<>();
        List<Integer> unmatched = new ArrayList<>();
        int i = m;
        int j = n;
        while (i > 0 || j > 0) {
            int q = step[i][j] >> 8;
            int k = step[i][j] & 0xFF;
            int record = i - q;
            int row = j - k;
            if (q > 0 && k > 0) {
                matches.add(0, new Match(record, q, row, k, labels[record][row]));
            } else if (q > 0) {
                unmatched.add(0, record);
            }
            i = record;
            j = row;
        }
        return new Alignment(List.copyOf(matches), List.copyOf(unmatched), doubts(matches, owns, labels, n));
    }

    /**
     * Matches beside rows that were not found, whose record fits such a row within {@link #DOUBT} of its own row,
     * unless the record's own label names its row and not the missing one: the figures could as well be the missing
     * row's (rows summed together balance either way).
     */
    private static List<Doubt> doubts(List<Match> matches, double[][] owns, double[][] labels, int n) {
        boolean[] found = new boolean[n];
        for (Match match : matches) {
            for (int r = match.row(); r < match.row() + match.rows(); r++) {
                found[r] = true;
            }
        }
        List<Doubt> doubts = new ArrayList<>();
        for (Match match : matches) {
            if (match.rows() > 1) {
                continue;
            }
            int i = match.record();
            for (int step = -1; step <= 1; step += 2) {
                for (int r = match.row() + step; r >= 0 && r < n && !found[r]; r += step) {
                    boolean named = owns[i][match.row()] + DOUBT < owns[i][r];
                    if (!named && labels[i][r] <= labels[i][match.row()] + DOUBT) {
                        doubts.add(new Doubt(i, match.row(), r));
                    }
                }
            }
        }
        return List.copyOf(doubts);
    }

    private static void relax(double[][] cost, int[][] step, int i, int j, double value, int how) {
        if (value < cost[i][j]) {
            cost[i][j] = value;
            step[i][j] = how;
        }
    }

    private static int encode(int records, int rows) {
        return records << 8 | rows;
    }

    /**
     * How far a record's label is from each row's words: its own label; with the text carried from earlier lines;
     * and with the text after its values up to the next item number too (extracted PDF text puts a row's numbers on
     * a middle line of its label).
     */
    private static double[] labelCosts(List<TableRecord> records, int i, RowIndex index, double[] own) {
        TableRecord record = records.get(i);
        double[] costs = own.clone();
        String before = record.carriedWords() + record.ownWords();
        String next = i + 1 < records.size() ? records.get(i + 1).leadingWords() : "";
        if (!record.carriedWords().isEmpty()) {
            widen(costs, index.recalls(LabelMatcher.key(before)));
        }
        if (!next.isEmpty()) {
            widen(costs, index.recalls(LabelMatcher.key(before + next)));
        }
        forbidStrangers(record, costs);
        return costs;
    }

    /** How far the record's own label alone is from each row's words ({@link #UNLABELLED} without one). */
    private static double[] ownLabelCosts(TableRecord record, RowIndex index) {
        double[] costs = new double[index.rows()];
        if (record.unlabelled()) {
            Arrays.fill(costs, UNLABELLED);
            return costs;
        }
        double[] recalls = index.recalls(LabelMatcher.key(record.ownWords()));
        for (int j = 0; j < costs.length; j++) {
            costs[j] = 1 - recalls[j];
        }
        return costs;
    }

    private static void widen(double[] costs, double[] recalls) {
        for (int j = 0; j < costs.length; j++) {
            costs[j] = Math.min(costs[j], CARRIED + 1 - recalls[j]);
        }
    }

    /** A record with a label of its own that hardly shares a word with a row is not that row, even by position. */
    private static void forbidStrangers(TableRecord record, double[] costs) {
        if (!record.unlabelled()) {
            for (int j = 0; j < costs.length; j++) {
                if (costs[j] > STRANGER) {
                    costs[j] = NEVER;
                }
            }
        }
    }

    /**
     * What it costs to read a record's cells, alone or joined with the records that continue it, as a number of
     * values; computed once per record and number.
     */
    private static final class Fits {

        private final List<List<Token>> joined;
        private final double skip;
        private final double[][] known;

        private Fits(List<List<Token>> joined, double skip, int maxSlots) {
            this.joined = joined;
            this.skip = skip;
            this.known = new double[joined.size()][maxSlots + 1];
            for (double[] row : known) {
                Arrays.fill(row, Double.NaN);
            }
        }

        static Fits of(List<TableRecord> records, int i, int maxSlots) {
            List<List<Token>> joined = new ArrayList<>();
            List<Token> cells = records.get(i).values();
            joined.add(cells);
            for (int q = 2; q <= MAX_SPAN && i + q <= records.size() && records.get(i + q - 1).continuation(); q++) {
                cells = new ArrayList<>(cells);
                cells.addAll(records.get(i + q - 1).values());
                joined.add(cells);
            }
            return new Fits(joined, records.get(i).hasWritten() ? SKIP_RECORD : SKIP_EMPTY_RECORD, maxSlots);
        }

        /** How many records can be read together, this one included. */
        int records() {
            return joined.size();
        }

        double skip() {
            return skip;
        }

        double fit(int records, int slots) {
            double fit = known[records - 1][slots];
            if (Double.isNaN(fit)) {
                fit = RowAligner.fit(joined.get(records - 1), slots);
                known[records - 1][slots] = fit;
            }
            return fit;
        }
    }

    /** What it costs to read the cells as {@code slots} values; {@link #NEVER} when they cannot be. */
    static double fit(List<Token> values, int slots) {
        int written = 0;
        int empty = 0;
        int capacity = 0;
        boolean zeros = true;
        for (Token token : values) {
            if (token.kind() == Token.Kind.EMPTY) {
                empty++;
            } else {
                written++;
                capacity += token.isSplittable() ? token.text().length() : 1;
                zeros &= isZero(token);
            }
        }
        if (written == 0) {
            return BLANK_ROW;
        }
        if (written > slots) {
            return NEVER;
        }
        if (written + empty >= slots) {
            return 0;
        }
        if (capacity >= slots) {
            return SPLIT;
        }
        int missing = slots - written - empty;
        if (missing <= MAX_MISSING) {
            return MISSING_CELL * missing;
        }
        return zeros ? MISSING_CELL : DROPPED_CELLS;
    }

    /** Whether a token is a zero, or zeros run together: wherever its cells go, they read 0. */
    static boolean isZero(Token token) {
        if (token.kind() == Token.Kind.BLANK) {
            return true;
        }
        if (token.kind() != Token.Kind.NUMBER || !token.plain()) {
            return false;
        }
        for (int i = 0; i < token.text().length(); i++) {
            if (token.text().charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
