package io.gongkai.ingest.parse;

import io.gongkai.events.RejectionReason;
import io.gongkai.ingest.report.Rejection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one official table from its records: aligns records with the official rows ({@link RowAligner}), reads each
 * matched record's cells ({@link ValueSplitter}), settles rows that read several ways ({@link ReadingChooser}), and
 * fills every cell of the table. Blank cells read as zeros and are listed. A row not found reads as zeros too, listed
 * as blank, with a warning, but in a table with column arithmetic (§三) only if the arithmetic still holds. The table
 * is a {@link Rejection} ({@code UNREADABLE}) when that arithmetic fails, when a neighbouring record could as well be
 * the missing row's ({@link RowAligner.Doubt}), or when fewer than half the rows are found.
 */
final class FormTableReader {

    private static final double LOOSE_LABEL = 0.34;

    private final RowAligner aligner = new RowAligner();
    private final ValueSplitter splitter = new ValueSplitter();
    private final ReadingChooser chooser = new ReadingChooser();

    TableRead read(FormTable form, List<TableRecord> records, ParseNotes notes) throws Rejection {
        String table = form.name();
        List<FormRow> rows = form.rows();
        RowAligner.Alignment alignment = aligner.align(records, form);
        if (alignment.matchedRows() * 2 < rows.size()) {
            throw new Rejection(RejectionReason.UNREADABLE, table + ": only " + alignment.matchedRows() + " of "
                    + rows.size() + " official rows could be read", table);
        }
        List<ReadingChooser.Unit> units = new ArrayList<>();
        for (RowAligner.Match match : alignment.matches()) {
            units.add(unit(table, records, rows, match));
        }
        List<Reading> chosen = chooser.choose(table, rows, units, form.arithmetic());
        checkDoubts(form, records, alignment, chosen);
        double[] values = new double[form.cellCount()];
        boolean[] blank = new boolean[form.cellCount()];
        boolean[] found = new boolean[rows.size()];
        Splits splits = new Splits();
        for (int u = 0; u < units.size(); u++) {
            RowAligner.Match match = alignment.matches().get(u);
            Reading reading = chosen.get(u);
            int width = reading.values().length;
            int slot = form.firstSlot(match.row());
            System.arraycopy(reading.values(), 0, values, slot, width);
            System.arraycopy(reading.blank(), 0, blank, slot, width);
            for (int r = match.row(); r < match.row() + match.rows(); r++) {
                found[r] = true;
            }
            explainLabel(table, records, rows, match, form.oneLineRow(), notes);
            explainReading(table, rows.get(match.row()), units.get(u), reading, splits, notes);
        }
        if (splits.count > 0) {
            notes.warn(table + ": the figures of " + splits.count + " row(s) ran together and each could be split "
                    + "only one way, e.g. " + splits.first);
        }
        for (int r = 0; r < rows.size(); r++) {
            if (!found[r]) {
                int first = form.firstSlot(r);
                Arrays.fill(blank, first, first + rows.get(r).width(), true);
                notes.warn(table + " row " + rows.get(r).label() + " was not found; its cells read as 0");
            }
        }
        checkMissingRowsAreZero(form, values, found);
        int last = -1;
        for (RowAligner.Match match : alignment.matches()) {
            last = match.record() + match.records() - 1;
        }
        for (int i : alignment.unmatchedRecords()) {
            if (i < last && records.get(i).hasWritten()) {
                notes.warn(table + ": the values \"" + written(records.get(i).values()) + "\" after \""
                        + records.get(i).label() + "\" match no official row and were ignored");
            }
        }
        return new TableRead(values, blank, List.copyOf(records.subList(last + 1, records.size())));
    }

    /**
     * Figures that could as well belong to a row that was not found ({@link RowAligner.Doubt}) are rejected, unless
     * they are all zero: then either reading gives the same cells.
     */
    private static void checkDoubts(FormTable form, List<TableRecord> records, RowAligner.Alignment alignment,
                                    List<Reading> chosen) throws Rejection {
        for (RowAligner.Doubt doubt : alignment.doubts()) {
            int unit = 0;
            while (alignment.matches().get(unit).record() != doubt.record()) {
                unit++;
            }
            boolean zeros = true;
            for (double value : chosen.get(unit).values()) {
                zeros &= value == 0;
            }
            if (!zeros) {
                String missing = form.rows().get(doubt.missingRow()).label();
                throw new Rejection(RejectionReason.UNREADABLE, form.name() + " row " + missing + " was not found, "
                        + "and the figures \"" + written(records.get(doubt.record()).values()) + "\" read as row "
                        + form.rows().get(doubt.row()).label() + " could as well be its", form.name() + " " + missing);
            }
        }
    }

    /**
     * A missing row read as zeros must agree with the table's column arithmetic: otherwise the row held figures that
     * are lost, and the table is rejected rather than summed without them.
     */
    private static void checkMissingRowsAreZero(FormTable form, double[] values, boolean[] found)
            throws Rejection {
        List<FormRow> rows = form.rows();
        int missing = -1;
        for (int r = rows.size() - 1; r >= 0; r--) {
            if (!found[r]) {
                missing = r;
            }
        }
        if (missing < 0 || form.arithmetic() == null) {
            return;
        }
        int width = rows.get(0).width();
        double[][] grid = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            grid[r] = Arrays.copyOfRange(values, form.firstSlot(r), form.firstSlot(r) + width);
        }
        for (int c = 0; c < width; c++) {
            if (!form.arithmetic().holds(grid, c)) {
                String label = rows.get(missing).label();
                throw new Rejection(RejectionReason.UNREADABLE, form.name() + " row " + label + " was not found, and "
                        + "the form's arithmetic does not hold with it read as 0 (column " + (c + 1) + ")",
                        form.name() + " " + label);
            }
        }
    }

    private ReadingChooser.Unit unit(String table, List<TableRecord> records, List<FormRow> rows,
                                     RowAligner.Match match) throws Rejection {
        List<Token> cells = records.get(match.record()).values();
        if (match.records() > 1) {
            cells = new ArrayList<>(cells);
            for (int i = match.record() + 1; i < match.record() + match.records(); i++) {
                cells.addAll(records.get(i).values());
            }
        }
        FormRow row = rows.get(match.row());
        List<Reading> readings = splitter.read(cells, row.width(), match.rows(), row.summed());
        if (readings.isEmpty()) {
            throw new Rejection(RejectionReason.UNREADABLE, table + " row " + row.label() + ": the cells \""
                    + written(cells) + "\" cannot be read as " + row.width() * match.rows() + " columns",
                    table + " " + row.label());
        }
        return new ReadingChooser.Unit(match.row(), match.rows(), readings, cells);
    }

    private static void explainLabel(String table, List<TableRecord> records, List<FormRow> rows,
                                     RowAligner.Match match, boolean oneLineRow, ParseNotes notes) {
        FormRow row = rows.get(match.row());
        TableRecord record = records.get(match.record());
        if (match.rows() > 1) {
            if (!oneLineRow) {
                notes.warn(table + " rows " + row.label() + " to " + rows.get(match.row() + match.rows() - 1).label()
                        + " ran on without their labels; their cells were read by position");
            }
        } else if (record.unlabelled() && match.labelCost() >= RowAligner.UNLABELLED) {
            notes.warn(table + " row " + row.label() + " has no label; its cells were read by position");
        } else if (match.labelCost() > LOOSE_LABEL) {
            notes.warn(table + " row " + row.label() + " was read from the label \"" + record.label() + "\"");
        }
    }

    private static void explainReading(String table, FormRow row, ReadingChooser.Unit unit, Reading reading,
                                       Splits splits, ParseNotes notes) {
        if (unit.readings().size() > 1) {
            notes.warn(table + " row " + row.label() + ": the cells \"" + written(unit.cells()) + "\" read "
                    + unit.readings().size() + " ways; the form's arithmetic chose " + reading.describe());
        } else if (reading.inference() == Reading.Inference.MISSING_CELLS) {
            notes.warn(table + " row " + row.label() + ": the cells \"" + written(unit.cells()) + "\" are fewer than "
                    + "its columns; the missing ones were read as blank: " + reading.describe());
        } else if (reading.inference() == Reading.Inference.SPLIT) {
            if (splits.count == 0) {
                splits.first = "\"" + written(unit.cells()) + "\" as " + reading.describe();
            }
            splits.count++;
        }
    }

    /** Rows whose run-together figures split one way only: how many, and the first as an example. */
    private static final class Splits {
        private int count;
        private String first;
    }

    /** The cells as written, for messages: blank markers as "-", empty cells as "□". */
    static String written(List<Token> cells) {
        StringBuilder out = new StringBuilder();
        for (Token token : cells) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(switch (token.kind()) {
                case NUMBER -> token.value() != null && !token.plain() ? Reading.format(token.value()) : token.text();
                case BLANK -> "-";
                case EMPTY -> "□";
                case TEXT -> token.text();
            });
        }
        return out.toString();
    }
}
