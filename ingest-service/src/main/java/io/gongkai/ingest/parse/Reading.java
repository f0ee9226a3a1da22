package io.gongkai.ingest.parse;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * One way to read a row's value cells: a value per column, and which columns were blank (read as 0).
 *
 * @param values   one value per column
 * @param blank    true where the cell was blank, "-", "—" or "/", or had no cell at all
 * @param inferred true when the columns had to be inferred: digits run together were split, or missing cells placed
 */
record Reading(double[] values, boolean[] blank, boolean inferred) {

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
