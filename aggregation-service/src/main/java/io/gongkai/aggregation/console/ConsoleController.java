package io.gongkai.aggregation.console;

import io.gongkai.aggregation.monitoring.FindingQuery;
import io.gongkai.aggregation.monitoring.FindingView;
import io.gongkai.aggregation.monitoring.MonitoredReport;
import io.gongkai.aggregation.monitoring.MonitoringIndex;
import io.gongkai.aggregation.monitoring.MonitoringReadModel;
import io.gongkai.aggregation.monitoring.PeerMeasure;
import io.gongkai.aggregation.monitoring.PeerStatistics;
import io.gongkai.aggregation.monitoring.RegionSummary;
import io.gongkai.aggregation.monitoring.ReportForm;
import io.gongkai.aggregation.monitoring.ReportQuery;
import io.gongkai.aggregation.monitoring.ReviewRecorder;
import io.gongkai.aggregation.query.Lookup;
import io.gongkai.aggregation.query.RegionTotalsJson;
import io.gongkai.aggregation.query.RegionTotalsLookup;
import io.gongkai.events.ReviewDecision;
import io.gongkai.events.Severity;
import io.gongkai.schemas.RegionCodes;
import io.gongkai.schemas.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The monitoring console: server-rendered pages (Thymeleaf) that htmx updates in place, for a monitoring office.
 * <ul>
 *   <li>{@code /console/regions/{code}}: a region — its counts, totals by year with a trend chart, the divisions
 *       one level down, its findings with filters and CSV, and its reports; {@code CN} is the national overview.</li>
 *   <li>{@code /console/reports/{reportId}}: a report — the form's tables with the cells of open findings marked,
 *       its findings with review buttons, and how it compares with its peers.</li>
 *   <li>{@code /console/events?region=}: Server-Sent Events when something under the region changed.</li>
 * </ul>
 * Viewing takes {@code viewer} or {@code reviewer}; reviewing, {@code reviewer}.
 */
@Controller
@RequestMapping("/console")
public class ConsoleController {

    static final int FINDINGS_PAGE = 50;
    static final int REPORTS_PAGE = 200;

    private final MonitoringReadModel model;
    private final RegionTotalsLookup totals;
    private final ReviewRecorder reviews;
    private final ConsoleEvents events;

    public ConsoleController(MonitoringReadModel model, RegionTotalsLookup totals, ReviewRecorder reviews, ConsoleEvents events) {
        this.model = model;
        this.totals = totals;
        this.reviews = reviews;
        this.events = events;
    }

    @GetMapping
    public String home() {
        return "redirect:/console/regions/" + RegionCodes.COUNTRY;
    }

    @GetMapping("/regions/{code}")
    public String region(@PathVariable String code, @RequestParam(required = false) Integer year,
                         @RequestParam(defaultValue = "code") String childSort, Model page, Authentication viewer) {
        MonitoringIndex index = model.index();
        RegionSummary all = index.summary(code, null).orElseThrow(() -> new NoSuchElementException("没有报告涉及地区 " + code));
        Integer shown = year != null ? year : all.years().isEmpty() ? null : all.years().get(0);
        RegionSummary summary = index.summary(code, shown).orElseThrow();
        List<RegionTotalsJson> byYear = new ArrayList<>();
        for (int each : all.years()) {
            if (totals.totals(code, each, false) instanceof Lookup.Found<RegionTotalsJson> found) {
                byYear.add(found.value());
            }
        }
        byYear.sort(Comparator.comparingInt(RegionTotalsJson::year));
        page.addAttribute("summary", summary);
        page.addAttribute("years", all.years());
        page.addAttribute("year", shown);
        page.addAttribute("breadcrumbs", index.pathTo(code));
        page.addAttribute("totalsByYear", byYear);
        page.addAttribute("trend", trend(byYear, index, code));
        page.addAttribute("children", sortedChildren(summary.children(), childSort));
        page.addAttribute("childSort", childSort);
        page.addAttribute("rules", all.openFindingsByRule().keySet());
        page.addAttribute("severities", Severity.values());
        page.addAttribute("reviewFilters", FindingQuery.ReviewFilter.values());
        page.addAttribute("findings", index.findings(new FindingQuery(code, shown, null, null, null, null),
                FindingQuery.Sort.NEWEST, null, FINDINGS_PAGE));
        page.addAttribute("filter", new Filter(code, shown, null, null, null, null));
        page.addAttribute("reports", index.reports(new ReportQuery(code, shown, null, null), ReportQuery.Sort.ORGAN, null, REPORTS_PAGE));
        page.addAttribute("canReview", canReview(viewer));
        return "console/region";
    }

    /** The region's counts, for htmx to swap in when an event says they changed. */
    @GetMapping("/regions/{code}/counts")
    public String counts(@PathVariable String code, @RequestParam(required = false) Integer year, Model page) {
        page.addAttribute("summary", model.index().summary(code, year).orElseThrow(() -> new NoSuchElementException("没有报告涉及地区 " + code)));
        return "console/region :: counts";
    }

    /** A page of the region's findings under the filters, for htmx to swap in. */
    @GetMapping("/regions/{code}/violations")
    public String violations(@PathVariable String code, @RequestParam(required = false) Integer year,
                             @RequestParam(required = false) String rule, @RequestParam(required = false) Severity severity,
                             @RequestParam(required = false) FindingQuery.ReviewFilter review,
                             @RequestParam(required = false) String organ, @RequestParam(required = false) String cursor, Model page) {
        FindingQuery query = new FindingQuery(code, year, rule, severity, organ, review);
        Filter filter = new Filter(code, year, query.rule(), severity, review, query.organ());
        page.addAttribute("findings", model.index().findings(query, FindingQuery.Sort.NEWEST, cursor, FINDINGS_PAGE));
        page.addAttribute("filter", filter);
        return "console/region :: findings";
    }

    @GetMapping("/reports/{reportId}")
    public String report(@PathVariable String reportId, Model page, Authentication viewer) {
        MonitoringIndex index = model.index();
        MonitoredReport report = index.report(reportId).orElseThrow(() -> new NoSuchElementException("没有报告 " + reportId));
        List<FindingView> findings = index.findingsOf(reportId);
        Set<String> flagged = findings.stream().filter(view -> view.state().open())
                .flatMap(view -> view.finding().cells().stream()).collect(Collectors.toSet());
        Map<String, String> cellNotes = new LinkedHashMap<>();
        findings.stream().filter(view -> view.state().open()).forEach(view -> view.finding().cells()
                .forEach(cell -> cellNotes.merge(cell, view.finding().messageZh(), (a, b) -> a + "\n" + b)));
        page.addAttribute("report", report);
        page.addAttribute("findings", findings);
        page.addAttribute("form", model.parsedReport(reportId).map(parsed -> ReportForm.of(parsed, flagged)).orElse(null));
        page.addAttribute("cellNotes", cellNotes);
        page.addAttribute("peerViews", peerViews(index, report));
        page.addAttribute("measures", PeerMeasure.values());
        page.addAttribute("canReview", canReview(viewer));
        return "console/report";
    }

    /**
     * Records a decision from the report page; answers the finding as it now stands, with the reason it was not
     * recorded if it was refused (htmx swaps only successful answers in).
     */
    @PostMapping("/violations/{violationId}/review")
    public String review(@PathVariable String violationId, @RequestParam ReviewDecision decision,
                         @RequestParam(required = false) String reason, Authentication reviewer, Model page) {
        try {
            reviews.record(violationId, decision, reason, ((Jwt) reviewer.getPrincipal()).getSubject());
        } catch (IllegalArgumentException refused) {
            page.addAttribute("reviewError", "未记录：" + refused.getMessage());
        }
        page.addAttribute("view", model.index().finding(violationId)
                .orElseThrow(() -> new NoSuchElementException("报告的最新结果中已没有此问题 " + violationId)));
        page.addAttribute("canReview", true);
        return "console/report :: finding";
    }

    @GetMapping(value = "/events", produces = "text/event-stream")
    public SseEmitter events(@RequestParam(defaultValue = RegionCodes.COUNTRY) String region) {
        return events.subscribe(region);
    }

    /** The filters of a findings listing, echoed into the page's form and its CSV link. */
    public record Filter(String region, Integer year, String rule, Severity severity, FindingQuery.ReviewFilter review, String organ) {
    }

    /** A trend chart's series: years, applications received, reports and open findings. */
    public record Trend(List<Integer> years, List<Integer> received, List<Integer> reports, List<Integer> openFindings) {
    }

    /** How a report compares with its peers under one ancestor. */
    public record PeerView(String within, PeerStatistics statistics) {
    }

    private static Trend trend(List<RegionTotalsJson> byYear, MonitoringIndex index, String code) {
        List<Integer> years = byYear.stream().map(RegionTotalsJson::year).toList();
        return new Trend(years, byYear.stream().map(RegionTotalsJson::received).toList(),
                byYear.stream().map(RegionTotalsJson::reports).toList(),
                years.stream().map(each -> index.summary(code, each).map(summary -> summary.counts().openFindings()).orElse(0)).toList());
    }

    private static List<PeerView> peerViews(MonitoringIndex index, MonitoredReport report) {
        List<PeerView> views = new ArrayList<>();
        if (report.place() == null) {
            return views;
        }
        for (int levelsUp = 1; levelsUp <= report.path().size(); levelsUp++) {
            int ancestor = report.path().size() - 1 - levelsUp;
            String within = ancestor < 0 ? RegionCodes.COUNTRY_NAME : report.path().get(ancestor).name();
            index.peersOf(report.reportId(), levelsUp).ifPresent(statistics -> views.add(new PeerView(within, statistics)));
        }
        return views;
    }

    private static List<RegionSummary.Child> sortedChildren(List<RegionSummary.Child> children, String sort) {
        Comparator<RegionSummary.Child> order = switch (sort) {
            case "reports" -> Comparator.comparingInt((RegionSummary.Child child) -> child.counts().reports()).reversed();
            case "violating" -> Comparator.comparingInt((RegionSummary.Child child) -> child.counts().violating()).reversed();
            case "open" -> Comparator.comparingInt((RegionSummary.Child child) -> child.counts().openFindings()).reversed();
            default -> Comparator.comparing((RegionSummary.Child child) -> child.place().code());
        };
        return children.stream().sorted(order.thenComparing(child -> child.place().code())).toList();
    }

    private static boolean canReview(Authentication viewer) {
        return viewer != null && viewer.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + Roles.REVIEWER)::equals);
    }
}
