package io.gongkai.ingest.parse;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * One way to read a row's value cells: a value per column, and which columns were blank (read as 0).
 *
 * @param values    one value per column
 * @param blank     true where the cell was blank, "-", "—" or "/", or had no cell at all
 * @param inference how the columns were found beyond reading the cells as written
 */
record Reading(double[] values, boolean[] blank, Inference inference) {

    /** How a reading's columns were found. */
    enum Inference {
        /** Each cell is one column. */
        AS_WRITTEN,
        /** Digits run together were split into columns. */
        SPLIT,
        /** Cells were missing (extracted text drops blank cells) and were placed as blanks. */
        MISSING_CELLS
    }

    boolean sameValues(Reading other) {
        return Arrays.equals(values, other.values);
    }

    /** The values as written in a message: "64/0/0/2/0/4/70", "-" for a blank. */
    String describe() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('/');
            }
            out.append(blank[i] ? "-" : format(values[i]));
        }
        return out.toString();
    }

    static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
