package io.gongkai.aggregation.monitoring;

import java.util.List;

/**
 * One page of a sorted listing.
 *
 * @param total      how many items match the query, across all pages
 * @param nextCursor what to pass for the next page; null on the last
 */
public record Page<T>(List<T> items, int total, String nextCursor) {
}
