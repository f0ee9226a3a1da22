package io.gongkai.validation.rules;

import io.gongkai.events.Layout;
import io.gongkai.events.Violation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The violations found in one report, with the configured severities, handed out in the outcome's order: severity,
 * then catalog order, then the form position of the first cell (rules add in form order; ties keep it).
 * <p>
 * In every violation, {@code expected} is what the reference side of the check says (the stated total, what came
 * in, the table, the year before, the deadline) and {@code actual} what the report says on the side under check,
 * computed where that side is several cells.
 */
final class Findings {

    private static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding finding) -> finding.violation.getSeverity().ordinal())
            .thenComparingInt(finding -> finding.rule.ordinal())
            .thenComparingInt(finding -> finding.formPosition);

    private final Severities severities;
    private final Layout layout;
    private final List<Finding> found = new ArrayList<>();

    Findings(Severities severities, Layout layout) {
        this.severities = severities;
        this.layout = layout;
    }

    void add(RuleId rule, List<String> cells, String expected, String actual, String messageZh, String messageEn) {
        Violation violation = new Violation(rule.name(), severities.severityOf(rule), cells, expected, actual, messageZh, messageEn);
        int formPosition = cells.isEmpty() ? Integer.MAX_VALUE : CellIndex.formPosition(layout, cells.get(0));
        found.add(new Finding(rule, formPosition, violation));
    }

    /** The violations in the outcome's order. */
    List<Violation> violations() {
        if (found.isEmpty()) {
            return List.of();
        }
        found.sort(ORDER);
        List<Violation> violations = new ArrayList<>(found.size());
        found.forEach(finding -> violations.add(finding.violation));
        return violations;
    }

    private record Finding(RuleId rule, int formPosition, Violation violation) {
    }
}
