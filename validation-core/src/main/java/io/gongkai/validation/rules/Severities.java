package io.gongkai.validation.rules;

import io.gongkai.events.Severity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The severity of each rule: the defaults of {@link RuleId}, overridden by configuration. Only overrides that
 * differ from the default are kept, so that {@link #overrides()} (and with it {@link RulesVersion}) changes
 * exactly when a severity does.
 */
public final class Severities {

    /** Prefix of the configuration keys, e.g. {@code gongkai.rules.severity.APPLY_BALANCE=WARNING}. */
    public static final String PROPERTY_PREFIX = "gongkai.rules.severity.";

    private static final Severities DEFAULTS = new Severities(new EnumMap<>(RuleId.class));

    private final Map<RuleId, Severity> overrides;

    private Severities(EnumMap<RuleId, Severity> overrides) {
        this.overrides = Collections.unmodifiableMap(overrides);
    }

    /** The severities of docs/spec/rules.md. */
    public static Severities defaults() {
        return DEFAULTS;
    }

    /**
     * The defaults with {@code overrides} (rule id to severity) applied.
     *
     * @throws IllegalArgumentException naming every rule id that is not in the catalog
     */
    public static Severities overriding(Map<String, Severity> overrides) {
        EnumMap<RuleId, Severity> effective = new EnumMap<>(RuleId.class);
        List<String> unknown = new ArrayList<>();
        overrides.forEach((ruleId, severity) -> {
            RuleId rule = ruleId(ruleId);
            if (rule == null) {
                unknown.add(ruleId);
            } else if (severity == null) {
                throw new IllegalArgumentException("no severity given for rule " + ruleId);
            } else if (severity != rule.defaultSeverity()) {
                effective.put(rule, severity);
            }
        });
        if (!unknown.isEmpty()) {
            Collections.sort(unknown);
            throw new IllegalArgumentException("unknown rule ids in the severity configuration: " + String.join(", ", unknown)
                    + " (known: " + List.of(RuleId.values()) + ")");
        }
        return new Severities(effective);
    }

    /**
     * The defaults with every {@code gongkai.rules.severity.<RULE_ID>} property applied (ERROR, WARNING or INFO,
     * any case); other properties are ignored.
     *
     * @throws IllegalArgumentException naming unknown rule ids or a value that is not a severity
     */
    public static Severities fromProperties(Properties properties) {
        Map<String, Severity> overrides = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PROPERTY_PREFIX)) {
                overrides.put(key.substring(PROPERTY_PREFIX.length()), severity(key, properties.getProperty(key)));
            }
        }
        return overriding(overrides);
    }

    /** The severity a violation of {@code rule} carries. */
    public Severity severityOf(RuleId rule) {
        return overrides.getOrDefault(rule, rule.defaultSeverity());
    }

    /** The severities that differ from the defaults, in catalog order. */
    public Map<RuleId, Severity> overrides() {
        return overrides;
    }

    private static RuleId ruleId(String id) {
        for (RuleId rule : RuleId.values()) {
            if (rule.name().equals(id)) {
                return rule;
            }
        }
        return null;
    }

    private static Severity severity(String key, String value) {
        try {
            return Severity.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + "=" + value + " is not a severity (ERROR, WARNING or INFO)", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Severities that && overrides.equals(that.overrides);
    }

    @Override
    public int hashCode() {
        return overrides.hashCode();
    }

    @Override
    public String toString() {
        return "Severities" + overrides;
    }
}
