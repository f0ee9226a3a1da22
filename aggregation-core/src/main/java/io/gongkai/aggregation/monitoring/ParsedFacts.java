package io.gongkai.aggregation.monitoring;

import io.gongkai.events.ApplicantCounts;
import io.gongkai.events.CaseOutcomes;
import io.gongkai.events.Layout;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.Resolution;
import io.gongkai.events.ReviewsAndSuits;
import io.gongkai.events.Scope;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.events.Violation;
import io.gongkai.schemas.ViolationIds;

import java.time.LocalDate;
import java.util.List;

/**
 * What monitoring keeps of a report, small enough to hold every report in memory: who, where, when, and the
 * figures peers are compared on. From the parse when there is one; from the outcome (which repeats who and where)
 * while the parse has not arrived.
 */
record ParsedFacts(String organ, Scope scope, int year, Layout layout, Resolution resolution, List<Place> path,
                   String sourceUrl, LocalDate published, PeerFigures figures) {

    static ParsedFacts of(ParsedReport report, Places places) {
        ReviewsAndSuits cases = report.getReviewsAndSuits();
        return new ParsedFacts(report.getOrgan(), report.getScope(), report.getYear(), report.getLayout(),
                report.getRegion().getResolution(), places.path(report.getRegion()), report.getSourceUrl(), report.getPublished(),
                new PeerFigures(total(report.getApplications().getReceived()), total(report.getApplications().getGranted()),
                        total(report.getApplications().getHandledTotal()),
                        cases == null ? null : cases.getReview().getTotal(),
                        cases == null ? null : sum(cases.getSuitDirect(), cases.getSuitAfterReview())));
    }

    static ParsedFacts ofOutcome(ValidationOutcome outcome, Places places) {
        return new ParsedFacts(outcome.getOrgan(), outcome.getScope(), outcome.getYear(), outcome.getLayout(),
                outcome.getRegion().getResolution(), places.path(outcome.getRegion()), null, null,
                new PeerFigures(outcome.getFigures().getReceived(), null, null, null, null));
    }

    MonitoredReport view(String reportId, HeldOutcome outcome) {
        if (outcome == null) {
            return new MonitoredReport(reportId, organ, scope, year, layout, resolution, path, sourceUrl, published, figures,
                    MonitoredReport.Status.PENDING, null, List.of());
        }
        List<Finding> findings = outcome.violations().stream().map(violation -> finding(reportId, violation)).toList();
        MonitoredReport.Status status = MonitoredReport.Status.valueOf(outcome.status().name());
        return new MonitoredReport(reportId, organ, scope, year, layout, resolution, path, sourceUrl, published, figures,
                status, outcome.checkedAt(), findings);
    }

    private static Finding finding(String reportId, Violation violation) {
        return new Finding(ViolationIds.of(reportId, violation.getRule(), violation.getCells()), violation.getRule(),
                violation.getSeverity(), List.copyOf(violation.getCells()), violation.getExpected(), violation.getActual(),
                violation.getMessageZh(), violation.getMessageEn());
    }

    private static Integer total(ApplicantCounts row) {
        return row == null ? null : row.getTotal();
    }

    private static Integer sum(CaseOutcomes direct, CaseOutcomes afterReview) {
        return direct.getTotal() == null || afterReview.getTotal() == null ? null : direct.getTotal() + afterReview.getTotal();
    }
}
