package io.gongkai.aggregation.monitoring;

import io.gongkai.aggregation.totals.LatestOutcome;
import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.RegionLevel;
import io.gongkai.events.Scope;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.events.ViolationReview;
import io.gongkai.schemas.RegionCodes;
import io.gongkai.schemas.ViolationIds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The monitoring read model: every report's latest parse and outcome, and every finding's latest review, as they
 * arrive from their topics; and the answers to monitoring's questions. One writer (the service's stream) and any
 * number of readers: each report's view is an immutable value swapped whole, so a reader sees a report either
 * before or after an update, never half of one. Listeners hear of every change, for live pages.
 */
public final class MonitoringIndex {

    /** Most items one page of a listing may hold. */
    public static final int MAX_PAGE = 500;

    private final Places places = new Places();
    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private final Map<String, MonitoredReport> reports = new ConcurrentHashMap<>();
    private final Map<String, Review> reviews = new ConcurrentHashMap<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    /** What changed: a report (its view now, or null once gone) or a finding's review. */
    public record Change(String reportId, MonitoredReport report, String violationId) {
    }

    /** A report's latest parse, or null for a tombstone (the report was retracted). */
    public void parsed(String reportId, ParsedReport report) {
        Held before = held.getOrDefault(reportId, Held.NONE);
        update(reportId, new Held(report == null ? null : ParsedFacts.of(report, places), before.outcome()));
    }

    /** A report's outcome from the topic of {@code topicStatus}, or null for a tombstone there ({@link LatestOutcome}). */
    public void outcome(String reportId, OutcomeStatus topicStatus, ValidationOutcome outcome) {
        Held before = held.getOrDefault(reportId, Held.NONE);
        update(reportId, new Held(before.parsed(), LatestOutcome.after(before.outcome(), HeldOutcome::status, HeldOutcome::checkedAt,
                outcome, topicStatus, latest -> HeldOutcome.of(latest, places))));
    }

    /** A finding's latest review, or null for a tombstone. */
    public void review(String violationId, ViolationReview review) {
        if (review == null) {
            reviews.remove(violationId);
        } else {
            reviews.put(violationId, new Review(review.getDecision(), review.getReason(), review.getReviewer(), review.getDecidedAt()));
        }
        String reportId = review == null ? ViolationIds.reportId(violationId) : review.getReportId();
        listeners.forEach(listener -> listener.accept(new Change(reportId, reports.get(reportId), violationId)));
    }

    public void onChange(Consumer<Change> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Change> listener) {
        listeners.remove(listener);
    }

    public Optional<MonitoredReport> report(String reportId) {
        return Optional.ofNullable(reports.get(reportId));
    }

    public Optional<Review> reviewOf(String violationId) {
        return Optional.ofNullable(reviews.get(violationId));
    }

    /** A finding by its violation id, as its report's latest outcome has it; empty when that outcome no longer has it. */
    public Optional<FindingView> finding(String violationId) {
        MonitoredReport report = reports.get(ViolationIds.reportId(violationId));
        if (report == null) {
            return Optional.empty();
        }
        return report.findings().stream().filter(finding -> finding.violationId().equals(violationId)).findFirst()
                .map(finding -> view(report, finding));
    }

    /** The report's findings with their reviews, in the order validation gave them. */
    public List<FindingView> findingsOf(String reportId) {
        MonitoredReport report = reports.get(reportId);
        return report == null ? List.of() : report.findings().stream().map(finding -> view(report, finding)).toList();
    }

    public Page<FindingView> findings(FindingQuery query, FindingQuery.Sort sort, String cursor, int limit) {
        return findingPager(sort).page(matching(query), cursor, checkedLimit(limit));
    }

    /** Every finding the query matches, in order: for exports. */
    public List<FindingView> allFindings(FindingQuery query, FindingQuery.Sort sort) {
        return findingPager(sort).all(matching(query));
    }

    public Page<MonitoredReport> reports(ReportQuery query, ReportQuery.Sort sort, String cursor, int limit) {
        List<MonitoredReport> matching = reports.values().stream().filter(query::matches).toList();
        return new Pager<>(sort::key, MonitoredReport::reportId).page(matching, cursor, checkedLimit(limit));
    }

    /** The division a code names, as some report's path gives it; the country and "unresolved" always exist. */
    public Optional<Place> place(String regionCode) {
        if (RegionCodes.COUNTRY.equals(regionCode)) {
            return Optional.of(new Place(RegionCodes.COUNTRY, RegionCodes.COUNTRY_NAME, RegionLevel.COUNTRY));
        }
        if (RegionCodes.UNRESOLVED.equals(regionCode)) {
            return Optional.of(new Place(RegionCodes.UNRESOLVED, RegionCodes.UNRESOLVED_NAME, null));
        }
        for (MonitoredReport report : reports.values()) {
            for (Place place : report.path()) {
                if (place.code().equals(regionCode)) {
                    return Optional.of(place);
                }
            }
        }
        return Optional.empty();
    }

    /** The divisions from the province down to {@code regionCode}, as some report's path gives them; empty for the country. */
    public List<Place> pathTo(String regionCode) {
        for (MonitoredReport report : reports.values()) {
            for (int i = 0; i < report.path().size(); i++) {
                if (report.path().get(i).code().equals(regionCode)) {
                    return List.copyOf(report.path().subList(0, i + 1));
                }
            }
        }
        return List.of();
    }

    /** The region's counts for {@code year} (null: all years), and its children's; empty when no report names it. */
    public Optional<RegionSummary> summary(String regionCode, Integer year) {
        return place(regionCode).map(region -> {
            List<MonitoredReport> under = reports.values().stream().filter(report -> report.within(regionCode)).toList();
            List<Integer> years = under.stream().map(MonitoredReport::year).collect(Collectors.toCollection(TreeSet::new))
                    .descendingSet().stream().toList();
            List<MonitoredReport> ofYear = under.stream().filter(report -> year == null || report.year() == year).toList();
            Map<String, Integer> byRule = new TreeMap<>();
            for (MonitoredReport report : ofYear) {
                for (Finding finding : report.findings()) {
                    if (ReviewState.of(reviews.get(finding.violationId())).open()) {
                        byRule.merge(finding.rule(), 1, Integer::sum);
                    }
                }
            }
            Map<String, Integer> mostFirst = byRule.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
            Map<Place, List<MonitoredReport>> byChild = new TreeMap<>(Comparator.comparing(Place::code));
            for (MonitoredReport report : ofYear) {
                Place child = report.childOf(regionCode);
                if (child != null) {
                    byChild.computeIfAbsent(child, unused -> new ArrayList<>()).add(report);
                }
            }
            List<RegionSummary.Child> children = byChild.entrySet().stream()
                    .map(entry -> new RegionSummary.Child(entry.getKey(), counts(entry.getValue()))).toList();
            return new RegionSummary(region, year, years, counts(ofYear), mostFirst, children);
        });
    }

    /**
     * The peers of {@code level} and {@code scope} under {@code regionCode} in {@code year}: reports of that scope
     * (organs with organs, governments' area-wide reports with each other) whose most precise division is of that
     * level. Empty when no report names the region.
     */
    public Optional<PeerStatistics> peers(String regionCode, RegionLevel level, Scope scope, int year) {
        return place(regionCode).map(region -> PeerStatistics.of(region, level, scope, year, reports.values().stream()
                .filter(report -> report.scope() == scope && report.year() == year && report.place() != null
                        && report.place().level() == level && report.within(regionCode))
                .sorted(Comparator.comparing(MonitoredReport::organ).thenComparing(MonitoredReport::reportId))
                .toList()));
    }

    /**
     * The peers of a report: reports of its scope, level and year under its division {@code levelsUp} levels up (1:
     * its parent, the default; its path's length or more: the country). Empty when the report is unknown or has no place.
     */
    public Optional<PeerStatistics> peersOf(String reportId, int levelsUp) {
        MonitoredReport report = reports.get(reportId);
        if (report == null || report.place() == null) {
            return Optional.empty();
        }
        int ancestor = report.path().size() - 1 - levelsUp;
        String within = ancestor < 0 ? RegionCodes.COUNTRY : report.path().get(ancestor).code();
        return peers(within, report.place().level(), report.scope(), report.year());
    }

    private List<FindingView> matching(FindingQuery query) {
        List<FindingView> matching = new ArrayList<>();
        for (MonitoredReport report : reports.values()) {
            for (Finding finding : report.findings()) {
                FindingView view = view(report, finding);
                if (query.matches(view)) {
                    matching.add(view);
                }
            }
        }
        return matching;
    }

    private FindingView view(MonitoredReport report, Finding finding) {
        return new FindingView(finding, report, reviews.get(finding.violationId()));
    }

    private RegionSummary.Counts counts(List<MonitoredReport> of) {
        int passed = 0;
        int violating = 0;
        int pending = 0;
        int open = 0;
        int dismissed = 0;
        for (MonitoredReport report : of) {
            switch (report.status()) {
                case PASS -> passed++;
                case VIOLATION -> violating++;
                case PENDING -> pending++;
            }
            for (Finding finding : report.findings()) {
                if (ReviewState.of(reviews.get(finding.violationId())).open()) {
                    open++;
                } else {
                    dismissed++;
                }
            }
        }
        return new RegionSummary.Counts(of.size(), passed, violating, pending, open, dismissed);
    }

    private void update(String reportId, Held now) {
        MonitoredReport view = now.view(reportId);
        if (view == null) {
            held.remove(reportId);
            reports.remove(reportId);
        } else {
            held.put(reportId, now);
            reports.put(reportId, view);
        }
        listeners.forEach(listener -> listener.accept(new Change(reportId, view, null)));
    }

    private static Pager<FindingView> findingPager(FindingQuery.Sort sort) {
        return new Pager<>(sort::key, view -> view.finding().violationId());
    }

    private static int checkedLimit(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE + ", was " + limit);
        }
        return limit;
    }

    /** What the index holds of one report: its parse's facts and its latest outcome, either possibly missing. */
    private record Held(ParsedFacts parsed, HeldOutcome outcome) {

        static final Held NONE = new Held(null, null);

        MonitoredReport view(String reportId) {
            if (parsed == null && outcome == null) {
                return null;
            }
            return (parsed != null ? parsed : outcome.facts()).view(reportId, outcome);
        }
    }
}
