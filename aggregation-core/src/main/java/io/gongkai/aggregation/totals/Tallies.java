package io.gongkai.aggregation.totals;

import io.gongkai.events.RegionLevel;
import io.gongkai.events.RegionTally;
import io.gongkai.events.RegionTotals;
import io.gongkai.schemas.TrustedEventClasses;

import java.util.HashMap;
import java.util.Map;

/**
 * Arithmetic on {@link RegionTally}: a report's contribution, the difference between two versions of a
 * report, and a region-year's running total are all tallies, and a total is the sum of the contributions of
 * the reports it holds. Counts, figures and children add field by field; a child whose count reaches zero is
 * dropped. Every result is a new instance.
 */
public final class Tallies {

    static {
        // Copying a generated record instantiates its nested records, which Avro allows for trusted classes only.
        TrustedEventClasses.install();
    }

    private Tallies() {
    }

    /** The tally of nothing: the running total before the first contribution. */
    public static RegionTally empty() {
        return RegionTally.newBuilder()
                .setRegionCode("")
                .setName("")
                .setLevel(RegionLevel.COUNTRY)
                .setYear(0)
                .setContributors(0)
                .setReports(0)
                .setPassed(0)
                .setViolating(0)
                .setFigures(Figures.zero())
                .setAreaReports(0)
                .setAreaFigures(Figures.zero())
                .setChildren(new HashMap<>())
                .build();
    }

    /**
     * {@code total + delta}, field by field. The region's code, name, level and year are the delta's, the
     * latest word on them.
     */
    public static RegionTally plus(RegionTally total, RegionTally delta) {
        Map<String, Integer> children = new HashMap<>(total.getChildren());
        delta.getChildren().forEach((child, count) -> children.merge(child, count, Integer::sum));
        children.values().removeIf(count -> count == 0);
        return RegionTally.newBuilder()
                .setRegionCode(delta.getRegionCode())
                .setName(delta.getName())
                .setLevel(delta.getLevel())
                .setYear(delta.getYear())
                .setContributors(total.getContributors() + delta.getContributors())
                .setReports(total.getReports() + delta.getReports())
                .setPassed(total.getPassed() + delta.getPassed())
                .setViolating(total.getViolating() + delta.getViolating())
                .setFigures(Figures.plus(total.getFigures(), delta.getFigures()))
                .setAreaReports(total.getAreaReports() + delta.getAreaReports())
                .setAreaFigures(Figures.plus(total.getAreaFigures(), delta.getAreaFigures()))
                .setChildren(children)
                .build();
    }

    /** {@code after − before}, with {@code after}'s region identity. */
    public static RegionTally minus(RegionTally after, RegionTally before) {
        return plus(negate(before), after);
    }

    /** The same region with every count, figure and child count negated: what subtracting it adds. */
    public static RegionTally negate(RegionTally tally) {
        Map<String, Integer> children = new HashMap<>();
        tally.getChildren().forEach((child, count) -> children.put(child, -count));
        return RegionTally.newBuilder(tally)
                .setContributors(-tally.getContributors())
                .setReports(-tally.getReports())
                .setPassed(-tally.getPassed())
                .setViolating(-tally.getViolating())
                .setFigures(Figures.negate(tally.getFigures()))
                .setAreaReports(-tally.getAreaReports())
                .setAreaFigures(Figures.negate(tally.getAreaFigures()))
                .setChildren(children)
                .build();
    }

    /** True when adding the tally changes nothing: every count, figure and child count is zero. */
    public static boolean isZero(RegionTally tally) {
        return tally.getContributors() == 0
                && tally.getReports() == 0
                && tally.getPassed() == 0
                && tally.getViolating() == 0
                && Figures.isZero(tally.getFigures())
                && tally.getAreaReports() == 0
                && Figures.isZero(tally.getAreaFigures())
                && tally.getChildren().values().stream().allMatch(count -> count == 0);
    }

    /**
     * The published totals of a region-year: reports, passed, violating and figures of its ORGAN-scope
     * reports; {@code areaReported} the figures of its own AREA-scope report(s) and {@code areaDifference}
     * = areaReported − figures, both null without one; the children with reports in code order.
     */
    public static RegionTotals totals(RegionTally tally) {
        boolean hasAreaReport = tally.getAreaReports() > 0;
        return RegionTotals.newBuilder()
                .setRegionCode(tally.getRegionCode())
                .setName(tally.getName())
                .setLevel(tally.getLevel())
                .setYear(tally.getYear())
                .setReports(tally.getReports())
                .setPassed(tally.getPassed())
                .setViolating(tally.getViolating())
                .setFigures(Figures.copy(tally.getFigures()))
                .setAreaReported(hasAreaReport ? Figures.copy(tally.getAreaFigures()) : null)
                .setAreaDifference(hasAreaReport ? Figures.minus(tally.getAreaFigures(), tally.getFigures()) : null)
                .setChildren(tally.getChildren().entrySet().stream()
                        .filter(child -> child.getValue() > 0)
                        .map(Map.Entry::getKey)
                        .sorted()
                        .toList())
                .build();
    }
}
