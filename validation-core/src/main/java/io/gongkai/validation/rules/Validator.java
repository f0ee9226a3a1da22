package io.gongkai.validation.rules;

import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.ReportFigures;
import io.gongkai.events.Severity;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.events.Violation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the whole rule catalog over a report: a {@link ParsedReport} (and the same organ's report for the year before)
 * in, a {@link ValidationOutcome} out. Stateless and thread-safe; build one per severity configuration and reuse it.
 */
public final class Validator {

    /** One rule per catalog id, in catalog order. */
    static final List<Rule> RULES = List.of(
            new ApplyBalance(),
            new ApplyHandledSum(),
            new ApplyRowTotal(),
            new LitigationTotal(),
            new NegativeCount(),
            new UnreadableCells(),
            new NarrativeMismatch(),
            new CarryOverChain(),
            new PendingChain(),
            new LayoutOutdated(),
            new YearMismatch(),
            new LatePublication(),
            new MissingSection(),
            new BlankCells(),
            new CopiedReport(),
            new InForceDrift());

    private static final int RECEIVED = CellIndex.of("apply.received.total");
    private static final int CARRIED_OVER = CellIndex.of("apply.carriedOver.total");
    private static final int CARRIED_FORWARD = CellIndex.of("apply.carriedForward.total");
    private static final int REVIEW_PENDING = CellIndex.of("review.pending");
    private static final int SUIT_DIRECT_PENDING = CellIndex.of("suitDirect.pending");
    private static final int SUIT_AFTER_REVIEW_PENDING = CellIndex.of("suitAfterReview.pending");

    private final Severities severities;
    private final String rulesVersion;

    /** With the severities of docs/spec/rules.md. */
    public Validator() {
        this(Severities.defaults());
    }

    public Validator(Severities severities) {
        this.severities = Objects.requireNonNull(severities, "severities");
        this.rulesVersion = RulesVersion.of(severities);
    }

    /** The version stamped on every outcome: {@link RulesVersion#of} this validator's severities. */
    public String rulesVersion() {
        return rulesVersion;
    }

    /**
     * Checks {@code report} against every rule. {@code previousYear} is the same organ's report for the year before,
     * when known: the cross-year rules (CARRY_OVER_CHAIN, PENDING_CHAIN, COPIED_REPORT, IN_FORCE_DRIFT) need it and
     * stay silent without it. The outcome is PASS when no violation is an ERROR or a WARNING.
     *
     * @throws IllegalArgumentException when {@code previousYear} is not a report on the year before {@code report}'s
     */
    public ValidationOutcome validate(ParsedReport report, Optional<ParsedReport> previousYear, Instant checkedAt) {
        ParsedReport previous = previousYear.orElse(null);
        if (previous != null && previous.getYear() != report.getYear() - 1) {
            throw new IllegalArgumentException("the previous report of " + report.getReportId() + " (" + report.getYear()
                    + ") must be on " + (report.getYear() - 1) + ", not " + previous.getYear() + ": " + previous.getReportId());
        }
        CellSheet cells = CellIndex.read(report);
        Subject subject = new Subject(report, cells, previous, previous == null ? null : CellIndex.read(previous));
        Findings findings = new Findings(severities, report.getLayout());
        for (Rule rule : RULES) {
            rule.check(subject, findings);
        }
        List<Violation> violations = findings.violations();
        return new ValidationOutcome(report.getReportId(), report.getContentHash(), report.getOrgan(), report.getScope(),
                report.getRegion(), report.getYear(), report.getLayout(), rulesVersion, status(violations), violations,
                figures(cells), checkedAt);
    }

    private static OutcomeStatus status(List<Violation> violations) {
        for (Violation violation : violations) {
            if (violation.getSeverity() != Severity.INFO) {
                return OutcomeStatus.VIOLATION;
            }
        }
        return OutcomeStatus.PASS;
    }

    /**
     * The figures a regional total sums; absent cells read 0: the §四 ones when §四 is missing, and a cell that
     * could not be read (UNREADABLE_CELLS makes such a report violating).
     */
    private static ReportFigures figures(CellSheet cells) {
        return new ReportFigures(
                (int) cells.value(RECEIVED),
                (int) cells.value(CARRIED_OVER),
                (int) cells.value(CARRIED_FORWARD),
                (int) cells.value(REVIEW_PENDING),
                (int) (cells.value(SUIT_DIRECT_PENDING) + cells.value(SUIT_AFTER_REVIEW_PENDING)));
    }
}
