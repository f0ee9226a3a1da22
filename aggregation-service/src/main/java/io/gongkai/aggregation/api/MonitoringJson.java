package io.gongkai.aggregation.api;

import io.gongkai.aggregation.monitoring.FindingView;
import io.gongkai.aggregation.monitoring.MonitoredReport;
import io.gongkai.aggregation.monitoring.Page;
import io.gongkai.aggregation.monitoring.PeerFigures;
import io.gongkai.aggregation.monitoring.PeerMeasure;
import io.gongkai.aggregation.monitoring.PeerStatistics;
import io.gongkai.aggregation.monitoring.Place;
import io.gongkai.aggregation.monitoring.Quartiles;
import io.gongkai.aggregation.monitoring.ReportForm;
import io.gongkai.aggregation.monitoring.Review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The JSON shapes of the {@code /api/v1} monitoring APIs: flat, named as the form names things. */
final class MonitoringJson {

    private MonitoringJson() {
    }

    /** A page of a listing: {@code nextCursor} is null on the last. */
    record PageJson<T>(List<T> items, int total, String nextCursor) {

        static <V, T> PageJson<T> of(Page<V> page, Function<V, T> json) {
            return new PageJson<>(page.items().stream().map(json).toList(), page.total(), page.nextCursor());
        }
    }

    /** A division: gazetteer code, name, level (lower case; null for "unresolved"). */
    record PlaceJson(String code, String name, String level) {

        static PlaceJson of(Place place) {
            return place == null ? null : new PlaceJson(place.code(), place.name(),
                    place.level() == null ? null : place.level().name().toLowerCase(Locale.ROOT));
        }
    }

    record ReviewJson(String decision, String reason, String reviewer, Instant decidedAt) {

        static ReviewJson of(Review review) {
            return review == null ? null : new ReviewJson(review.decision().name(), review.reason(), review.reviewer(), review.decidedAt());
        }
    }

    /** A finding with its report's identity; {@code state} is UNREVIEWED, CONFIRMED or DISMISSED. */
    record FindingJson(String violationId, String rule, String severity, List<String> cells, String expected, String actual,
                       String messageZh, String messageEn, String state, ReviewJson review, String reportId, String organ,
                       int year, PlaceJson region, Instant checkedAt) {

        static FindingJson of(FindingView view) {
            MonitoredReport report = view.report();
            return new FindingJson(view.finding().violationId(), view.finding().rule(), view.finding().severity().name(),
                    view.finding().cells(), view.finding().expected(), view.finding().actual(), view.finding().messageZh(),
                    view.finding().messageEn(), view.state().name(), ReviewJson.of(view.review()), report.reportId(),
                    report.organ(), report.year(), PlaceJson.of(report.place()), report.checkedAt());
        }
    }

    /** The figures peers are compared on; {@code grantedRate} = granted ÷ handled. */
    record FiguresJson(Integer received, Integer granted, Integer handled, Double grantedRate, Integer reviews, Integer suits) {

        static FiguresJson of(PeerFigures figures) {
            return new FiguresJson(figures.received(), figures.granted(), figures.handled(), figures.grantedRate(),
                    figures.reviews(), figures.suits());
        }
    }

    /** A report in a listing; status PENDING, PASS or VIOLATION. */
    record ReportJson(String reportId, String organ, String scope, int year, String layout, String status, PlaceJson region,
                      List<PlaceJson> path, String sourceUrl, LocalDate published, FiguresJson figures, int findings,
                      Instant checkedAt) {

        static ReportJson of(MonitoredReport report) {
            return new ReportJson(report.reportId(), report.organ(), report.scope().name(), report.year(), report.layout().name(),
                    report.status().name(), PlaceJson.of(report.place()), report.path().stream().map(PlaceJson::of).toList(),
                    report.sourceUrl(), report.published(), FiguresJson.of(report.figures()), report.findings().size(),
                    report.checkedAt());
        }
    }

    /** A report in full: its listing entry, its findings and reviews, and the form's tables with flagged cells. */
    record ReportDetailJson(ReportJson report, List<FindingJson> findings, ReportForm form) {
    }

    record QuartilesJson(int count, Double p25, Double p50, Double p75) {

        static QuartilesJson of(Quartiles quartiles) {
            return new QuartilesJson(quartiles.count(), quartiles.p25(), quartiles.p50(), quartiles.p75());
        }
    }

    /** A report's rank on one measure: 1 for the largest figure among {@code of} peers that state it. */
    record RankJson(int rank, int of) {
    }

    /** Peer statistics; with {@code ranks} when asked about one report. */
    record PeersJson(PlaceJson region, String level, String scope, int year, Map<String, QuartilesJson> quartiles,
                     List<ReportJson> peers, Map<String, RankJson> ranks) {

        static PeersJson of(PeerStatistics statistics, MonitoredReport report) {
            Map<String, QuartilesJson> quartiles = new LinkedHashMap<>();
            Map<String, RankJson> ranks = report == null ? null : new LinkedHashMap<>();
            for (PeerMeasure measure : PeerMeasure.values()) {
                quartiles.put(measure.name(), QuartilesJson.of(statistics.quartiles().get(measure)));
                if (report != null) {
                    PeerStatistics.Rank rank = statistics.rank(report, measure);
                    ranks.put(measure.name(), rank == null ? null : new RankJson(rank.rank(), rank.of()));
                }
            }
            return new PeersJson(PlaceJson.of(statistics.region()), statistics.level().name().toLowerCase(Locale.ROOT),
                    statistics.scope().name(), statistics.year(), quartiles, statistics.peers().stream().map(ReportJson::of).toList(), ranks);
        }
    }

    /** A reviewer's decision: CONFIRMED or DISMISSED (which needs a reason). */
    record ReviewRequest(String decision, String reason) {
    }
}
