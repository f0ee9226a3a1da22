package io.gongkai.aggregation.totals;

import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.RegionLevel;
import io.gongkai.events.RegionNode;
import io.gongkai.events.RegionTally;
import io.gongkai.events.Scope;
import io.gongkai.events.ValidationOutcome;

import io.gongkai.schemas.RegionCodes;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one report's outcome contributes to the regional totals of its year, by region key
 * ({@link RegionKeys#of}).
 * <ul>
 *   <li>An {@code ORGAN}-scope report counts in every region of its path (province, prefecture, county,
 *       township, as far as resolved) and in {@code CN}: one report, passed or violating by its status, and
 *       its five figures. Without a region path it counts in {@code CN} and in {@code unresolved}.</li>
 *   <li>An {@code AREA}-scope report (a government's area-wide figures) is not summed: its figures are the
 *       {@code areaReported} of its own, deepest region only. Without a region path it has no area and
 *       contributes nothing.</li>
 *   <li>Either way the report is a contributor of every region it counts in, and each region on its path
 *       lists the next one down as a child, so that a region-year exists, and is listed by its parent,
 *       exactly while a report is in it.</li>
 * </ul>
 * A new version of a report moves every total by {@link #change the difference}; an identical one
 * changes nothing.
 */
public final class Contributions {

    private Contributions() {
    }

    /** The contributions of one outcome by region key; empty for null (no outcome). */
    public static Map<String, RegionTally> of(ValidationOutcome outcome) {
        Map<String, RegionTally> contributions = new LinkedHashMap<>();
        if (outcome == null) {
            return contributions;
        }
        List<RegionNode> path = outcome.getRegion().getPath().stream()
                .filter(node -> node.getLevel() != RegionLevel.COUNTRY)
                .toList();
        boolean organ = outcome.getScope() == Scope.ORGAN;
        if (path.isEmpty()) {
            if (organ) {
                contributions.put(RegionKeys.of(RegionCodes.COUNTRY, outcome.getYear()),
                        organReport(outcome, RegionCodes.COUNTRY, RegionCodes.COUNTRY_NAME, RegionLevel.COUNTRY, null));
                contributions.put(RegionKeys.of(RegionCodes.UNRESOLVED, outcome.getYear()),
                        organReport(outcome, RegionCodes.UNRESOLVED, RegionCodes.UNRESOLVED_NAME, RegionLevel.COUNTRY, null));
            }
            return contributions;
        }
        RegionNode parent = new RegionNode(RegionLevel.COUNTRY, RegionCodes.COUNTRY, RegionCodes.COUNTRY_NAME);
        for (RegionNode node : path) {
            put(contributions, outcome, parent, node.getCode(), organ);
            parent = node;
        }
        RegionTally deepest = put(contributions, outcome, parent, null, organ);
        if (!organ) {
            deepest.setAreaReports(1);
            deepest.setAreaFigures(Figures.copy(outcome.getFigures()));
        }
        return contributions;
    }

    /**
     * What the totals move by when a report's outcome goes from {@code before} to {@code after} (null for
     * none: a new report, or a retracted one): {@code after}'s contributions minus {@code before}'s, by
     * region key. Regions whose difference is zero are left out, so an identical version yields nothing
     * and a status move only shifts counts from passed to violating.
     */
    public static Map<String, RegionTally> change(ValidationOutcome before, ValidationOutcome after) {
        Map<String, RegionTally> removed = of(before);
        Map<String, RegionTally> added = of(after);
        Map<String, RegionTally> deltas = new LinkedHashMap<>();
        removed.forEach((key, old) -> deltas.put(key, added.containsKey(key) ? Tallies.minus(added.get(key), old) : Tallies.negate(old)));
        added.forEach((key, contribution) -> deltas.putIfAbsent(key, contribution));
        deltas.values().removeIf(Tallies::isZero);
        return deltas;
    }

    private static RegionTally put(Map<String, RegionTally> contributions, ValidationOutcome outcome, RegionNode region,
                                   String child, boolean organ) {
        RegionTally tally = organ
                ? organReport(outcome, region.getCode(), region.getName(), region.getLevel(), child)
                : pathOnly(outcome, region.getCode(), region.getName(), region.getLevel(), child);
        contributions.put(RegionKeys.of(region.getCode(), outcome.getYear()), tally);
        return tally;
    }

    private static RegionTally organReport(ValidationOutcome outcome, String code, String name, RegionLevel level, String child) {
        RegionTally tally = pathOnly(outcome, code, name, level, child);
        boolean passed = outcome.getStatus() == OutcomeStatus.PASS;
        tally.setReports(1);
        tally.setPassed(passed ? 1 : 0);
        tally.setViolating(passed ? 0 : 1);
        tally.setFigures(Figures.copy(outcome.getFigures()));
        return tally;
    }

    private static RegionTally pathOnly(ValidationOutcome outcome, String code, String name, RegionLevel level, String child) {
        Map<String, Integer> children = new HashMap<>();
        if (child != null) {
            children.put(child, 1);
        }
        return RegionTally.newBuilder(Tallies.empty())
                .setRegionCode(code)
                .setName(name)
                .setLevel(level)
                .setYear(outcome.getYear())
                .setContributors(1)
                .setChildren(children)
                .build();
    }
}
