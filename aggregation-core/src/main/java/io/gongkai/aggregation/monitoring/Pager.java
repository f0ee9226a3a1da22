package io.gongkai.aggregation.monitoring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset pagination: items are ordered by a sort key, then by id; a cursor is the key and id of the last item
 * served, so a page follows on from the previous one even when items were added or removed in between.
 * Cursors are opaque to clients (URL-safe Base64).
 */
final class Pager<T> {

    private final Function<T, String> sortKey;
    private final Function<T, String> id;

    Pager(Function<T, String> sortKey, Function<T, String> id) {
        this.sortKey = sortKey;
        this.id = id;
    }

    /** The page of at most {@code limit} items after {@code cursor} (null or blank: from the start). */
    Page<T> page(List<T> items, String cursor, int limit) {
        Comparator<T> order = Comparator.comparing(sortKey).thenComparing(id);
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(order);
        int from = 0;
        if (cursor != null && !cursor.isBlank()) {
            String[] after = decode(cursor);
            while (from < sorted.size() && compare(sorted.get(from), after) <= 0) {
                from++;
            }
        }
        int to = Math.min(sorted.size(), from + limit);
        String next = to < sorted.size() && to > from ? encode(sorted.get(to - 1)) : null;
        return new Page<>(List.copyOf(sorted.subList(from, to)), sorted.size(), next);
    }

    /** All items in order, for exports. */
    List<T> all(List<T> items) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(sortKey).thenComparing(id));
        return sorted;
    }

    private int compare(T item, String[] after) {
        int byKey = sortKey.apply(item).compareTo(after[0]);
        return byKey != 0 ? byKey : id.apply(item).compareTo(after[1]);
    }

    private String encode(T item) {
        String plain = sortKey.apply(item) + "\n" + id.apply(item);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String cursor) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor is not one this service handed out: " + cursor, e);
        }
        int newline = plain.indexOf('\n');
        if (newline < 0) {
            throw new IllegalArgumentException("cursor is not one this service handed out: " + cursor);
        }
        return new String[] {plain.substring(0, newline), plain.substring(newline + 1)};
    }

    /** A key that sorts larger numbers first; absent numbers last. */
    static String descending(Long value) {
        return value == null ? "~" : String.format("%019d", Long.MAX_VALUE - value);
    }
}
