package io.gongkai.validation;

import io.gongkai.events.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * Severities are configuration: {@code gongkai.rules.severity.<RULE_ID>=ERROR|WARNING|INFO} overrides the
 * catalog's default for that rule; an unknown rule id fails start-up, naming it.
 *
 * @param severity overrides by rule id
 */
@ConfigurationProperties("gongkai.rules")
public record RulesProperties(Map<String, Severity> severity) {

    public RulesProperties {
        severity = severity == null ? Map.of() : Map.copyOf(severity);
    }
}
