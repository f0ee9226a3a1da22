package io.gongkai.ingest.parse;

import java.util.Arrays;
import java.util.List;

/**
 * The official rows of a table indexed by the character pairs of their keys, so that a label is scored against
 * every row in one pass: for each row, the share of its distinct pairs that the label holds (1 when the label
 * contains the row's words).
 */
final class RowIndex {

    private final int[] pairs;
    private final int[] rowOfPair;
    private final int[] distinctPairs;

    RowIndex(List<FormRow> rows) {
        long[] entries = new long[rows.stream().mapToInt(row -> row.key().length).sum()];
        distinctPairs = new int[rows.size()];
        int n = 0;
        for (int r = 0; r < rows.size(); r++) {
            int[] key = rows.get(r).key();
            for (int i = 0; i < key.length; i++) {
                if (i == 0 || key[i] != key[i - 1]) {
                    entries[n++] = (long) key[i] << 32 | r;
                    distinctPairs[r]++;
                }
            }
        }
        entries = Arrays.copyOf(entries, n);
        Arrays.sort(entries);
        pairs = new int[n];
        rowOfPair = new int[n];
        for (int i = 0; i < n; i++) {
            pairs[i] = (int) (entries[i] >> 32);
            rowOfPair[i] = (int) entries[i];
        }
    }

    int rows() {
        return distinctPairs.length;
    }

    /** For each row, the share of its distinct pairs found in {@code label} (a sorted {@link LabelMatcher} key). */
    double[] recalls(int[] label) {
        int[] common = new int[distinctPairs.length];
        for (int i = 0; i < label.length; i++) {
            if (i > 0 && label[i] == label[i - 1]) {
                continue;
            }
            int at = Arrays.binarySearch(pairs, label[i]);
            if (at < 0) {
                continue;
            }
            while (at > 0 && pairs[at - 1] == label[i]) {
                at--;
            }
            for (; at < pairs.length && pairs[at] == label[i]; at++) {
                common[rowOfPair[at]]++;
            }
        }
        double[] recalls = new double[common.length];
        for (int r = 0; r < common.length; r++) {
            recalls[r] = distinctPairs[r] == 0 ? 0 : (double) common[r] / distinctPairs[r];
        }
        return recalls;
    }
}
