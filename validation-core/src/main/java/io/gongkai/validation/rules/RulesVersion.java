package io.gongkai.validation.rules;

import java.util.StringJoiner;

/**
 * The version of the rule catalog an outcome was produced by. {@link #CATALOG} is bumped whenever a rule's check
 * or message changes; severities that configuration overrides are folded in, so that an outcome checked under
 * other severities never carries the same version: {@code 2026.11-1} with the defaults,
 * {@code 2026.11-1+APPLY_BALANCE=WARNING,COPIED_REPORT=WARNING} with two overrides (catalog order).
 */
public final class RulesVersion {

    /** The version of the rules' checks and messages: the one place to bump. */
    public static final String CATALOG = "2026.12-1";

    private RulesVersion() {
    }

    /** The catalog version with {@code severities}' overrides folded in. */
    public static String of(Severities severities) {
        if (severities.overrides().isEmpty()) {
            return CATALOG;
        }
        StringJoiner overrides = new StringJoiner(",", CATALOG + "+", "");
        severities.overrides().forEach((rule, severity) -> overrides.add(rule.name() + "=" + severity.name()));
        return overrides.toString();
    }
}
