/**
 * The rule catalog of gongkai (docs/spec/rules.md) and the engine that applies it: every check has a stable id, a
 * configurable severity, the canonical cells it reads, and messages in Chinese and English that name those cells by
 * their official labels. Plain Java: no Spring, no Kafka.
 * <p>
 * Entry points: {@link io.gongkai.validation.rules.Validator} (a ParsedReport and the same organ's report of the year
 * before in, a ValidationOutcome out), {@link io.gongkai.validation.rules.Severities} (the severities, from
 * configuration), {@link io.gongkai.validation.rules.RuleId} (the catalog) and
 * {@link io.gongkai.validation.rules.RulesVersion}. Each rule is one package-private class named after its id.
 */
package io.gongkai.validation.rules;
