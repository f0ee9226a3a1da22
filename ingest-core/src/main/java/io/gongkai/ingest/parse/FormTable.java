package io.gongkai.ingest.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One official table as the parser reads it. Its cells are numbered in the order of its rows and their columns:
 * the slots of a {@link TableRead}.
 */
final class FormTable {

    private final String name;
    private final List<FormRow> rows;
    private final RowIndex index;
    private final ColumnCheck arithmetic;
    private final boolean oneLineRow;
    private final int[] firstSlots;
    private final Map<String, Integer> slots = new HashMap<>();

    /**
     * @param name       how messages and locations name it: "§三"
     * @param rows       its rows in the form's order
     * @param arithmetic its column arithmetic, or null when it has none
     * @param oneLineRow true when the form prints several rows' figures on one line under a header (§四)
     */
    FormTable(String name, List<FormRow> rows, ColumnCheck arithmetic, boolean oneLineRow) {
        this.name = name;
        this.rows = List.copyOf(rows);
        this.index = new RowIndex(rows);
        this.arithmetic = arithmetic;
        this.oneLineRow = oneLineRow;
        this.firstSlots = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            firstSlots[r] = slots.size();
            for (String cellId : rows.get(r).cellIds()) {
                slots.put(cellId, slots.size());
            }
        }
    }

    String name() {
        return name;
    }

    List<FormRow> rows() {
        return rows;
    }

    /** The rows' label words, indexed. */
    RowIndex index() {
        return index;
    }

    ColumnCheck arithmetic() {
        return arithmetic;
    }

    boolean oneLineRow() {
        return oneLineRow;
    }

    /** How many cells the table has. */
    int cellCount() {
        return slots.size();
    }

    /** The slot of a row's first cell. */
    int firstSlot(int row) {
        return firstSlots[row];
    }

    /** The slot of a cell of this table. */
    int slot(String cellId) {
        Integer slot = slots.get(cellId);
        if (slot == null) {
            throw new IllegalArgumentException(cellId + " is not a cell of " + name);
        }
        return slot;
    }
}
