package io.gongkai.validation.rules;

import io.gongkai.events.Severity;

/**
 * The rule catalog (docs/spec/rules.md): every stable rule id with its default severity, in catalog order.
 * Violations are ordered by severity, then by this order.
 */
public enum RuleId {
    APPLY_BALANCE(Severity.ERROR),
    APPLY_HANDLED_SUM(Severity.ERROR),
    APPLY_ROW_TOTAL(Severity.ERROR),
    LITIGATION_TOTAL(Severity.ERROR),
    NEGATIVE_COUNT(Severity.ERROR),
    UNREADABLE_CELLS(Severity.ERROR),
    NARRATIVE_MISMATCH(Severity.WARNING),
    CARRY_OVER_CHAIN(Severity.WARNING),
    PENDING_CHAIN(Severity.INFO),
    LAYOUT_OUTDATED(Severity.WARNING),
    YEAR_MISMATCH(Severity.WARNING),
    LATE_PUBLICATION(Severity.WARNING),
    MISSING_SECTION(Severity.WARNING),
    BLANK_CELLS(Severity.INFO),
    COPIED_REPORT(Severity.INFO),
    IN_FORCE_DRIFT(Severity.INFO);

    private final Severity defaultSeverity;

    RuleId(Severity defaultSeverity) {
        this.defaultSeverity = defaultSeverity;
    }

    /** The severity docs/spec/rules.md gives the rule, before configuration. */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }
}
