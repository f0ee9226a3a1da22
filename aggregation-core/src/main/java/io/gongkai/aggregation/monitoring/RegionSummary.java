package io.gongkai.aggregation.monitoring;

import java.util.List;
import java.util.Map;

/**
 * A region's reports at a glance, for one year or all: how many passed, violated or wait for their check; its open
 * findings (not dismissed) by rule; and the same for each division one level down that has reports.
 *
 * @param years            the years this region has reports of, newest first
 * @param openFindingsByRule open findings per rule id, most first
 */
public record RegionSummary(Place region, Integer year, List<Integer> years, Counts counts,
                            Map<String, Integer> openFindingsByRule, List<Child> children) {

    /** Report and finding counts. */
    public record Counts(int reports, int passed, int violating, int pending, int openFindings, int dismissedFindings) {
    }

    /** A division one level down and its counts. */
    public record Child(Place place, Counts counts) {
    }
}
