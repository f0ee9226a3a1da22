package io.gongkai.ingest.region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every gazetteer name in a text in one pass, without a per-name search: the names (all years, with their
 * {@link PlaceNames#formsOf other forms}) are stored reversed in a trie, and at each character that ends some name
 * the trie is walked backwards, collecting every name that ends there. Of overlapping names the best cover of the
 * text wins, so a name inside a longer one (城区 in 东城区, 上塘街道 in 上塘街道办事处) is dropped. Blanks between
 * characters are skipped (西工区 唐宫路).
 * Immutable once built; {@link #scan} is thread-safe.
 */
final class PlaceNameIndex {

    private static final int ABSENT = 0;
    private static final int NO_FORM = -1;

    /** Trie node reached from the root by a name's last character, or ABSENT; node 0 is the root. */
    private final int[] nodeAfterLastChar = new int[Character.MAX_VALUE + 1];
    /** Other trie edges, open addressing: key (node << 16 | character) → node; key 0 marks an empty slot. */
    private final long[] edgeKeys;
    private final int[] edgeTargets;
    private final int edgeMask;
    /** Node → index of the form ending there, or NO_FORM. */
    private final int[] formAtNode;
    private final String[] forms;
    private final Division[][] rowsOfForm;

    private PlaceNameIndex(Map<String, List<Division>> rowsByForm) {
        forms = rowsByForm.keySet().toArray(String[]::new);
        rowsOfForm = rowsByForm.values().stream().map(rows -> rows.toArray(Division[]::new)).toArray(Division[][]::new);
        Map<Long, Integer> edges = new HashMap<>();
        List<Integer> formAt = new ArrayList<>();
        formAt.add(NO_FORM);
        for (int form = 0; form < forms.length; form++) {
            String name = forms[form];
            int node = 0;
            for (int i = name.length() - 1; i >= 0; i--) {
                char c = name.charAt(i);
                int next = node == 0 ? nodeAfterLastChar[c] : edges.getOrDefault(edgeKey(node, c), ABSENT);
                if (next == ABSENT) {
                    next = formAt.size();
                    formAt.add(NO_FORM);
                    if (node == 0) {
                        nodeAfterLastChar[c] = next;
                    } else {
                        edges.put(edgeKey(node, c), next);
                    }
                }
                node = next;
            }
            formAt.set(node, form);
        }
        formAtNode = formAt.stream().mapToInt(Integer::intValue).toArray();
        int capacity = Integer.highestOneBit(Math.max(2, edges.size()) * 3) << 1;
        edgeKeys = new long[capacity];
        edgeTargets = new int[capacity];
        edgeMask = capacity - 1;
        edges.forEach((key, target) -> {
            int slot = slot(key);
            while (edgeKeys[slot] != 0) {
                slot = (slot + 1) & edgeMask;
            }
            edgeKeys[slot] = key;
            edgeTargets[slot] = target;
        });
    }

    /** Indexes every form of every row. */
    static PlaceNameIndex of(List<Division> rows) {
        Map<String, List<Division>> rowsByForm = new LinkedHashMap<>();
        for (Division row : rows) {
            for (String form : PlaceNames.formsOf(row)) {
                rowsByForm.computeIfAbsent(form, f -> new ArrayList<>(1)).add(row);
            }
        }
        return new PlaceNameIndex(rowsByForm);
    }

    /**
     * The place names in {@code text}, in order, none overlapping another: of all the names found, the set that covers
     * the most characters, of those the one with the fewest names (so 蚌埠市经济开发区 stays one name rather than
     * 蚌埠市 + 经济开发区), then the one whose names end first. So 镇江市镇江新区 reads 镇江市 + 镇江新区, not the 江市镇
     * that straddles them, and 汾阳市西河街道 reads 汾阳市 + 西河街道, not the township 市西河街道 that swallows the 市.
     */
    List<PlaceToken> scan(CharSequence text) {
        Matches matches = new Matches();
        for (int last = 0; last < text.length(); last++) {
            int node = nodeAfterLastChar[text.charAt(last)];
            for (int i = last; node != ABSENT; ) {
                if (formAtNode[node] != NO_FORM) {
                    matches.add(i, last + 1, formAtNode[node]);
                }
                do {
                    i--;
                } while (i >= 0 && isBlank(text.charAt(i)));
                node = i < 0 ? ABSENT : child(node, text.charAt(i));
            }
        }
        return matches.bestCover();
    }

    /** The rows, of any year, that bear {@code name} in one of its forms; empty when none does. */
    Division[] rowsNamed(String name) {
        int node = 0;
        for (int i = name.length() - 1; i >= 0; i--) {
            node = node == 0 ? nodeAfterLastChar[name.charAt(i)] : child(node, name.charAt(i));
            if (node == ABSENT) {
                return new Division[0];
            }
        }
        return formAtNode[node] == NO_FORM ? new Division[0] : rowsOfForm[formAtNode[node]];
    }

    private int child(int node, char c) {
        long key = edgeKey(node, c);
        for (int slot = slot(key); ; slot = (slot + 1) & edgeMask) {
            long present = edgeKeys[slot];
            if (present == key) {
                return edgeTargets[slot];
            }
            if (present == 0) {
                return ABSENT;
            }
        }
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & edgeMask;
    }

    private static long edgeKey(int node, char c) {
        return ((long) node << 16) | c;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0';
    }

    /**
     * The names found in a text, in order of their end, and the best non-overlapping choice among them (weighted
     * interval scheduling: score = characters covered, then fewer names; on a tie the names that end first, so
     * 叶城县林场 reads 叶城县, not 叶 + 县林场).
     */
    private final class Matches {
        private int[] starts = new int[16];
        private int[] ends = new int[16];
        private int[] formIndexes = new int[16];
        private int size;

        void add(int start, int end, int form) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                formIndexes = Arrays.copyOf(formIndexes, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            formIndexes[size] = form;
            size++;
        }

        List<PlaceToken> bestCover() {
            long[] best = new long[size + 1];
            int[] before = new int[size];
            for (int j = 0; j < size; j++) {
                before[j] = lastEndingBy(starts[j], j);
                best[j + 1] = Math.max(best[j], best[before[j] + 1] + score(j));
            }
            List<PlaceToken> chosen = new ArrayList<>();
            for (int j = size - 1; j >= 0; ) {
                if (best[j + 1] == best[j]) {
                    j--;
                } else {
                    chosen.add(new PlaceToken(forms[formIndexes[j]], starts[j], ends[j], rowsOfForm[formIndexes[j]]));
                    j = before[j];
                }
            }
            Collections.reverse(chosen);
            return chosen;
        }

        /** Characters covered, worth more than any number of names saved. */
        private long score(int match) {
            return (long) (ends[match] - starts[match]) * Integer.MAX_VALUE - 1;
        }

        /** The last match before {@code upTo} that ends at or before {@code position}, or -1. */
        private int lastEndingBy(int position, int upTo) {
            int low = 0;
            int high = upTo;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (ends[middle] <= position) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low - 1;
        }
    }
}
