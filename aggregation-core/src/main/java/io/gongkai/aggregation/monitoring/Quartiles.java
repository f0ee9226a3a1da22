package io.gongkai.aggregation.monitoring;

import java.util.Arrays;

/**
 * P25, P50 and P75 of a set of figures, interpolated between neighbouring ranks as Excel's {@code PERCENTILE.INC}
 * does (what an office would compute by hand); all null when the set is empty.
 *
 * @param count how many figures there were
 */
public record Quartiles(int count, Double p25, Double p50, Double p75) {

    public static Quartiles of(double[] figures) {
        if (figures.length == 0) {
            return new Quartiles(0, null, null, null);
        }
        double[] sorted = figures.clone();
        Arrays.sort(sorted);
        return new Quartiles(sorted.length, percentile(sorted, 0.25), percentile(sorted, 0.50), percentile(sorted, 0.75));
    }

    private static double percentile(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
