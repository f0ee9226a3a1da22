package io.gongkai.ingest.parse;

import io.gongkai.events.RejectionReason;
import io.gongkai.ingest.rejection.Rejection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one official table from its records: aligns records with the official rows ({@link RowAligner}), reads each
 * matched record's cells ({@link ValueSplitter}), settles rows that read several ways ({@link ReadingChooser}), and
 * fills every cell of the table. Blank cells read as zeros and are listed. A row not found reads as zeros too, listed
 * as blank, with a warning — but in a table with column arithmetic (§三) only in the columns where the arithmetic still
 * holds with it. What cannot be read is <b>degraded, not discarded</b>: a cell is unreadable (absent, with where and
 * why) when its row's figures read several ways that nothing settles, when they cannot be read as the row's columns
 * at all, when a neighbouring record could as well be a missing row's ({@link RowAligner.Doubt}), or when a missing
 * row read as zeros breaks the arithmetic of its column. Only a table too little of which can be told is a
 * {@link Rejection} ({@code UNREADABLE}): fewer than half its rows found, unless every row found was found by its
 * own label.
 */
final class FormTableReader {

    private static final double LOOSE_LABEL = 0.34;
    private static final int BARE_NAMED = 3;

    private final RowAligner aligner = new RowAligner();
    private final ValueSplitter splitter = new ValueSplitter();
    private final ReadingChooser chooser = new ReadingChooser();

    TableRead read(FormTable form, List<TableRecord> records, ParseNotes notes) throws Rejection {
        String table = form.name();
        List<FormRow> rows = form.rows();
        RowAligner.Alignment alignment = aligner.align(records, form);
        if (alignment.matchedRows() * 2 < rows.size() && !allByLabel(alignment)) {
            throw new Rejection(RejectionReason.UNREADABLE, table + ": only " + alignment.matchedRows() + " of "
                    + rows.size() + " official rows could be read", table);
        }
        boolean dropped = form.arithmetic() != null && droppedBlanks(records, rows, alignment);
        List<ReadingChooser.Unit> units = new ArrayList<>();
        for (RowAligner.Match match : alignment.matches()) {
            units.add(unit(records, rows, match, dropped));
        }
        List<ReadingChooser.Choice> chosen = chooser.choose(rows, units, form.arithmetic(), notes, table);
        double[] values = new double[form.cellCount()];
        boolean[] blank = new boolean[form.cellCount()];
        TableRead.Unreadable[] unreadable = new TableRead.Unreadable[form.cellCount()];
        boolean[] found = new boolean[rows.size()];
        boolean[] figured = new boolean[rows.size()];
        Splits splits = new Splits();
        for (int u = 0; u < units.size(); u++) {
            RowAligner.Match match = alignment.matches().get(u);
            ReadingChooser.Choice choice = chosen.get(u);
            Reading reading = choice.reading();
            int width = reading.values().length;
            int slot = form.firstSlot(match.row());
            System.arraycopy(reading.values(), 0, values, slot, width);
            System.arraycopy(reading.blank(), 0, blank, slot, width);
            boolean hasFigures = hasWritten(units.get(u).cells());
            for (int r = match.row(); r < match.row() + match.rows(); r++) {
                found[r] = true;
                figured[r] = hasFigures;
            }
            if (!choice.decided()) {
                String location = table + " " + rows.get(match.row()).label();
                for (int i = 0; i < width; i++) {
                    if (choice.undecided()[i]) {
                        unreadable[slot + i] = new TableRead.Unreadable(location, choice.why());
                    }
                }
                notes.warn(location + ": " + choice.why() + "; the cells that differ are left unread");
            }
            explainLabel(table, records, rows, match, form.oneLineRow(), notes);
            explainReading(table, rows.get(match.row()), units.get(u), choice, splits, notes);
        }
        if (splits.count > 0) {
            notes.warn(table + ": the figures of " + splits.count + " row(s) ran together and each could be split "
                    + "only one way, e.g. " + splits.first);
        }
        if (!splits.bare.isEmpty()) {
            notes.warn(table + ": " + splits.bare.size() + " row(s) have their label but no figures, their cells read "
                    + "as 0: " + String.join("; ", splits.bare.subList(0, Math.min(BARE_NAMED, splits.bare.size())))
                    + (splits.bare.size() > BARE_NAMED ? " …" : ""));
        }
        for (int r = 0; r < rows.size(); r++) {
            if (!found[r]) {
                int first = form.firstSlot(r);
                Arrays.fill(blank, first, first + rows.get(r).width(), true);
                notes.warn(table + " row " + rows.get(r).label() + " was not found; its cells read as 0");
            }
        }
        markDoubts(form, records, alignment, chosen, values, unreadable);
        markLostRows(form, values, figured, unreadable, notes);
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
        return new TableRead(values, blank, unreadable, List.copyOf(records.subList(last + 1, records.size())));
    }

    /** Whether every row found was found by its own label (blank rows a crawler dropped leave few rows). */
    private static boolean allByLabel(RowAligner.Alignment alignment) {
        if (alignment.matches().isEmpty()) {
            return false;
        }
        for (RowAligner.Match match : alignment.matches()) {
            if (match.rows() > 1 || match.labelCost() > LOOSE_LABEL) {
                return false;
            }
        }
        return true;
    }

    /**
     * Figures that could as well belong to a row that was not found ({@link RowAligner.Doubt}): where they are not
     * zero (either reading gives zero), the cell of the row they were read as and the missing row's cell are both
     * unreadable.
     */
    private static void markDoubts(FormTable form, List<TableRecord> records, RowAligner.Alignment alignment,
                                   List<ReadingChooser.Choice> chosen, double[] values,
                                   TableRead.Unreadable[] unreadable) {
        for (RowAligner.Doubt doubt : alignment.doubts()) {
            int unit = 0;
            while (alignment.matches().get(unit).record() != doubt.record()) {
                unit++;
            }
            double[] read = chosen.get(unit).reading().values();
            String missing = form.rows().get(doubt.missingRow()).label();
            String reason = "row " + missing + " was not found, and the figures \""
                    + written(records.get(doubt.record()).values()) + "\" read as row "
                    + form.rows().get(doubt.row()).label() + " could as well be its";
            int rowSlot = form.firstSlot(doubt.row());
            int missingSlot = form.firstSlot(doubt.missingRow());
            for (int i = 0; i < read.length; i++) {
                if (read[i] != 0) {
                    unreadable[rowSlot + i] = new TableRead.Unreadable(form.name() + " "
                            + form.rows().get(doubt.row()).label(), reason);
                    unreadable[missingSlot + i] = new TableRead.Unreadable(form.name() + " " + missing, reason);
                    values[missingSlot + i] = 0;
                }
            }
        }
    }

    /** Whether a cell of the column is unreadable already: then its arithmetic tells nothing of the other rows. */
    private static boolean hasUnreadable(FormTable form, TableRead.Unreadable[] unreadable, int column) {
        for (int r = 0; r < form.rows().size(); r++) {
            if (unreadable[form.firstSlot(r) + column] != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWritten(List<Token> cells) {
        for (Token cell : cells) {
            if (cell.isWritten()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rows without figures (not found, or a bare label) read as zeros must agree with the table's column arithmetic:
     * in a column where they do not, they held figures that are lost, and their cells in that column are unreadable
     * rather than summed as 0.
     */
    private static void markLostRows(FormTable form, double[] values, boolean[] figured,
                                     TableRead.Unreadable[] unreadable, ParseNotes notes) {
        List<FormRow> rows = form.rows();
        boolean anyMissing = false;
        for (boolean row : figured) {
            anyMissing |= !row;
        }
        if (!anyMissing || form.arithmetic() == null) {
            return;
        }
        int width = rows.get(0).width();
        double[][] grid = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            grid[r] = Arrays.copyOfRange(values, form.firstSlot(r), form.firstSlot(r) + width);
        }
        for (int c = 0; c < width; c++) {
            if (form.arithmetic().holds(grid, c) || hasUnreadable(form, unreadable, c)) {
                continue;
            }
            for (int r = 0; r < rows.size(); r++) {
                if (!figured[r]) {
                    String location = form.name() + " " + rows.get(r).label();
                    unreadable[form.firstSlot(r) + c] = new TableRead.Unreadable(location, "the row has no figures, "
                            + "and the form's arithmetic does not hold in column " + (c + 1) + " with it read as 0");
                }
            }
            notes.warn(form.name() + ": the form's arithmetic does not hold in column " + (c + 1)
                    + " with the rows without figures read as 0; their cells in that column are left unread");
        }
    }

    /**
     * Whether the table's blank cells were dropped: a row matched alone holds figures, but fewer digits than it has
     * columns ("22" for a row of seven).
     */
    private static boolean droppedBlanks(List<TableRecord> records, List<FormRow> rows,
                                         RowAligner.Alignment alignment) {
        for (RowAligner.Match match : alignment.matches()) {
            if (match.records() == 1 && match.rows() == 1 && ValueSplitter.fewerFiguresThanColumns(
                    records.get(match.record()).values(), rows.get(match.row()).width())) {
                return true;
            }
        }
        return false;
    }

    private ReadingChooser.Unit unit(List<TableRecord> records, List<FormRow> rows, RowAligner.Match match,
                                     boolean dropped) {
        List<Token> cells = records.get(match.record()).values();
        if (match.records() > 1) {
            cells = new ArrayList<>(cells);
            for (int i = match.record() + 1; i < match.record() + match.records(); i++) {
                cells.addAll(records.get(i).values());
            }
        }
        FormRow row = rows.get(match.row());
        List<Reading> readings = splitter.read(cells, row.width(), match.rows(), row.summed(), dropped);
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

    private static void explainReading(String table, FormRow row, ReadingChooser.Unit unit,
                                       ReadingChooser.Choice choice, Splits splits, ParseNotes notes) {
        Reading reading = choice.reading();
        if (!choice.decided()) {
            return;
        }
        if (unit.cells().isEmpty()) {
            splits.bare.add(row.label());
        } else if (unit.readings().size() > 1) {
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

    /**
     * Rows whose run-together figures split one way only (how many, and the first as an example), and rows with a
     * label but no figures.
     */
    private static final class Splits {
        private int count;
        private String first;
        private final List<String> bare = new ArrayList<>();
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
