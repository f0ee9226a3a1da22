package io.gongkai.aggregation.api;

import io.gongkai.aggregation.api.MonitoringJson.FindingJson;
import io.gongkai.aggregation.api.MonitoringJson.PageJson;
import io.gongkai.aggregation.api.MonitoringJson.PeersJson;
import io.gongkai.aggregation.api.MonitoringJson.ReportDetailJson;
import io.gongkai.aggregation.api.MonitoringJson.ReportJson;
import io.gongkai.aggregation.api.MonitoringJson.ReviewJson;
import io.gongkai.aggregation.api.MonitoringJson.ReviewRequest;
import io.gongkai.aggregation.monitoring.FindingQuery;
import io.gongkai.aggregation.monitoring.MonitoredReport;
import io.gongkai.aggregation.monitoring.MonitoringIndex;
import io.gongkai.aggregation.monitoring.MonitoringReadModel;
import io.gongkai.aggregation.monitoring.RegionSummary;
import io.gongkai.aggregation.monitoring.ReportForm;
import io.gongkai.aggregation.monitoring.ReportQuery;
import io.gongkai.aggregation.monitoring.ReviewRecorder;
import io.gongkai.events.RegionLevel;
import io.gongkai.events.ReviewDecision;
import io.gongkai.events.Scope;
import io.gongkai.events.Severity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The monitoring APIs, for regional monitoring offices and evaluators: findings, reports, peer statistics and
 * reviews, from the {@link MonitoringIndex}. Reading needs the {@code viewer} role, recording a review the
 * {@code reviewer} role. Listings are pages in a stable order: pass back {@code nextCursor} as {@code cursor} for the
 * next. Errors are problem details ({@link MonitoringProblems}).
 */
@RestController
@RequestMapping("/api/v1")
public class MonitoringApiController {

    static final int DEFAULT_PAGE = 50;

    private final MonitoringReadModel model;
    private final ReviewRecorder reviews;

    public MonitoringApiController(MonitoringReadModel model, ReviewRecorder reviews) {
        this.model = model;
        this.reviews = reviews;
    }

    /** Findings under a region (its descendants' included), filtered; {@code review}: ALL, OPEN, UNREVIEWED, CONFIRMED, DISMISSED. */
    @GetMapping("/violations")
    public PageJson<FindingJson> violations(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
                                            @RequestParam(required = false) String rule, @RequestParam(required = false) Severity severity,
                                            @RequestParam(required = false) String organ,
                                            @RequestParam(required = false) FindingQuery.ReviewFilter review,
                                            @RequestParam(defaultValue = "NEWEST") FindingQuery.Sort sort,
                                            @RequestParam(required = false) String cursor,
                                            @RequestParam(defaultValue = "" + DEFAULT_PAGE) int limit) {
        FindingQuery query = new FindingQuery(region, year, rule, severity, organ, review);
        return PageJson.of(model.index().findings(query, sort, cursor, limit), FindingJson::of);
    }

    /** The same findings as {@link #violations}, all of them, as CSV (UTF-8 with a byte-order mark, for Excel). */
    @GetMapping(value = "/violations.csv", produces = "text/csv")
    public ResponseEntity<byte[]> violationsCsv(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
                                                @RequestParam(required = false) String rule, @RequestParam(required = false) Severity severity,
                                                @RequestParam(required = false) String organ,
                                                @RequestParam(required = false) FindingQuery.ReviewFilter review,
                                                @RequestParam(defaultValue = "NEWEST") FindingQuery.Sort sort) {
        FindingQuery query = new FindingQuery(region, year, rule, severity, organ, review);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"violations-" + query.region() + ".csv\"")
                .body(FindingsCsv.of(model.index().allFindings(query, sort)));
    }

    /** Reports under a region, filtered by year, status (PENDING, PASS, VIOLATION) and organ name. */
    @GetMapping("/reports")
    public PageJson<ReportJson> reports(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
                                        @RequestParam(required = false) MonitoredReport.Status status,
                                        @RequestParam(required = false) String organ,
                                        @RequestParam(defaultValue = "ORGAN") ReportQuery.Sort sort,
                                        @RequestParam(required = false) String cursor,
                                        @RequestParam(defaultValue = "" + DEFAULT_PAGE) int limit) {
        ReportQuery query = new ReportQuery(region, year, status, organ);
        return PageJson.of(model.index().reports(query, sort, cursor, limit), ReportJson::of);
    }

    /** One report: its findings with their reviews, and the form's tables with the cells of open findings flagged. */
    @GetMapping("/reports/{reportId}")
    public ReportDetailJson report(@PathVariable String reportId) {
        MonitoringIndex index = model.index();
        MonitoredReport report = index.report(reportId).orElseThrow(() -> new NoSuchElementException("no report " + reportId));
        var findings = index.findingsOf(reportId);
        Set<String> flagged = findings.stream().filter(view -> view.state().open())
                .flatMap(view -> view.finding().cells().stream()).collect(Collectors.toSet());
        ReportForm form = model.parsedReport(reportId).map(parsed -> ReportForm.of(parsed, flagged)).orElse(null);
        return new ReportDetailJson(ReportJson.of(report), findings.stream().map(FindingJson::of).toList(), form);
    }

    /**
     * How a report compares with its peers — the reports of its scope, level and year under its division
     * {@code levelsUp} levels up (1: its parent) — with its rank on each measure.
     */
    @GetMapping("/reports/{reportId}/peers")
    public PeersJson reportPeers(@PathVariable String reportId, @RequestParam(defaultValue = "1") int levelsUp) {
        MonitoringIndex index = model.index();
        MonitoredReport report = index.report(reportId).orElseThrow(() -> new NoSuchElementException("no report " + reportId));
        return index.peersOf(reportId, levelsUp).map(peers -> PeersJson.of(peers, report))
                .orElseThrow(() -> new NoSuchElementException("report " + reportId + " has no resolved region, hence no peers"));
    }

    /**
     * Peer statistics of one level and scope (ORGAN: organs' own reports, the default; AREA: governments' area-wide
     * ones) under a region in a year: P25/P50/P75 of each measure, and the peers.
     */
    @GetMapping("/peers")
    public PeersJson peers(@RequestParam String region, @RequestParam RegionLevel level, @RequestParam int year,
                           @RequestParam(defaultValue = "ORGAN") Scope scope) {
        return model.index().peers(region, level, scope, year).map(peers -> PeersJson.of(peers, null))
                .orElseThrow(() -> new NoSuchElementException("no report names the region " + region));
    }

    /** A region at a glance: counts of reports and open findings, by rule, and its children's. */
    @GetMapping("/regions/{code}/summary")
    public RegionSummary summary(@PathVariable String code, @RequestParam(required = false) Integer year) {
        return model.index().summary(code, year).orElseThrow(() -> new NoSuchElementException("no report names the region " + code));
    }

    /** Records a reviewer's decision on a finding; the reviewer is the token's subject. */
    @PostMapping("/violations/{violationId}/review")
    public ReviewJson review(@PathVariable String violationId, @RequestBody ReviewRequest request, @AuthenticationPrincipal Jwt reviewer) {
        ReviewDecision decision;
        try {
            decision = ReviewDecision.valueOf(String.valueOf(request.decision()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("decision must be CONFIRMED or DISMISSED, was " + request.decision(), e);
        }
        return ReviewJson.of(reviews.record(violationId, decision, request.reason(), reviewer.getSubject()));
    }
}
