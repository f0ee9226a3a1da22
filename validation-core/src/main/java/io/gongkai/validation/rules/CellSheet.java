package io.gongkai.validation.rules;

import io.gongkai.events.Layout;

/** The integer cells of one report, by {@link CellIndex} index; a cell of a missing section, or of the other layout, is absent. */
final class CellSheet {

    private final Layout layout;
    private final long[] values;
    private final boolean[] present;

    CellSheet(Layout layout, long[] values, boolean[] present) {
        this.layout = layout;
        this.values = values;
        this.present = present;
    }

    Layout layout() {
        return layout;
    }

    /** The cell's figure; 0 when absent. */
    long value(int cell) {
        return values[cell];
    }

    boolean has(int cell) {
        return present[cell];
    }

    /** True when every one of {@code cells} is present. */
    boolean hasAll(int... cells) {
        for (int cell : cells) {
            if (!present[cell]) {
                return false;
            }
        }
        return true;
    }

    /** The sum of {@code cells}' figures. */
    long sum(int[] cells) {
        long sum = 0;
        for (int cell : cells) {
            sum += values[cell];
        }
        return sum;
    }
}
