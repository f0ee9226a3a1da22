package io.gongkai.validation.rules;

import io.gongkai.events.ParsedReport;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.events.Violation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Validation for tests: outcomes under the default severities, and the violations of one rule. */
final class Outcomes {

    static final Instant CHECKED_AT = Instant.parse("2026-11-25T08:00:00Z");
    private static final Validator VALIDATOR = new Validator();

    private Outcomes() {
    }

    static ValidationOutcome validate(ParsedReport report) {
        return VALIDATOR.validate(report, Optional.empty(), CHECKED_AT);
    }

    static ValidationOutcome validate(ParsedReport report, ParsedReport previousYear) {
        return VALIDATOR.validate(report, Optional.of(previousYear), CHECKED_AT);
    }

    /** The violations of {@code rule} in the outcome of {@code report}. */
    static List<Violation> violations(RuleId rule, ParsedReport report) {
        return of(rule, validate(report));
    }

    /** The violations of {@code rule} in the outcome of {@code report} checked against {@code previousYear}. */
    static List<Violation> violations(RuleId rule, ParsedReport report, ParsedReport previousYear) {
        return of(rule, validate(report, previousYear));
    }

    static List<Violation> of(RuleId rule, ValidationOutcome outcome) {
        return outcome.getViolations().stream().filter(violation -> violation.getRule().equals(rule.name())).toList();
    }
}
