package io.gongkai.validation.rules;

import io.gongkai.events.Severity;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class SeveritiesTest {

    @Test
    void theDefaultsAreThoseOfRulesMd() {
        Severities defaults = Severities.defaults();

        assertThat(RuleId.values()).filteredOn(rule -> defaults.severityOf(rule) == Severity.ERROR).containsExactly(
                RuleId.APPLY_BALANCE, RuleId.APPLY_HANDLED_SUM, RuleId.APPLY_ROW_TOTAL, RuleId.LITIGATION_TOTAL, RuleId.NEGATIVE_COUNT,
                RuleId.UNREADABLE_CELLS);
        assertThat(RuleId.values()).filteredOn(rule -> defaults.severityOf(rule) == Severity.INFO).containsExactly(
                RuleId.PENDING_CHAIN, RuleId.BLANK_CELLS, RuleId.COPIED_REPORT, RuleId.IN_FORCE_DRIFT);
        assertThat(RuleId.values()).filteredOn(rule -> defaults.severityOf(rule) == Severity.WARNING).containsExactly(
                RuleId.NARRATIVE_MISMATCH, RuleId.CARRY_OVER_CHAIN, RuleId.LAYOUT_OUTDATED, RuleId.YEAR_MISMATCH,
                RuleId.LATE_PUBLICATION, RuleId.MISSING_SECTION);
        assertThat(defaults.overrides()).isEmpty();
    }

    @Test
    void aMapOverridesSeverities() {
        Severities severities = Severities.overriding(Map.of("APPLY_BALANCE", Severity.WARNING, "COPIED_REPORT", Severity.WARNING));

        assertThat(severities.severityOf(RuleId.APPLY_BALANCE)).isEqualTo(Severity.WARNING);
        assertThat(severities.severityOf(RuleId.COPIED_REPORT)).isEqualTo(Severity.WARNING);
        assertThat(severities.severityOf(RuleId.APPLY_ROW_TOTAL)).isEqualTo(Severity.ERROR);
        assertThat(severities.overrides()).containsExactly(
                entry(RuleId.APPLY_BALANCE, Severity.WARNING), entry(RuleId.COPIED_REPORT, Severity.WARNING));
    }

    @Test
    void propertiesOverrideSeveritiesAndOtherKeysAreIgnored() {
        Properties properties = new Properties();
        properties.setProperty("gongkai.rules.severity.APPLY_BALANCE", "WARNING");
        properties.setProperty("gongkai.rules.severity.LATE_PUBLICATION", " info ");
        properties.setProperty("gongkai.kafka.bootstrap", "localhost:9092");

        Severities severities = Severities.fromProperties(properties);

        assertThat(severities.severityOf(RuleId.APPLY_BALANCE)).isEqualTo(Severity.WARNING);
        assertThat(severities.severityOf(RuleId.LATE_PUBLICATION)).isEqualTo(Severity.INFO);
        assertThat(severities.overrides()).hasSize(2);
    }

    @Test
    void unknownRuleIdsAreRefusedByName() {
        Map<String, Severity> overrides = new LinkedHashMap<>();
        overrides.put("APPLY_BALANCE", Severity.INFO);
        overrides.put("APPLY_BALANCES", Severity.INFO);
        overrides.put("late_publication", Severity.INFO);

        assertThatThrownBy(() -> Severities.overriding(overrides))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown rule ids in the severity configuration: APPLY_BALANCES, late_publication (known: [APPLY_BALANCE, ");

        Properties properties = new Properties();
        properties.setProperty("gongkai.rules.severity.NO_SUCH_RULE", "ERROR");
        assertThatThrownBy(() -> Severities.fromProperties(properties))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NO_SUCH_RULE");
    }

    @Test
    void aValueThatIsNoSeverityIsRefused() {
        Properties properties = new Properties();
        properties.setProperty("gongkai.rules.severity.APPLY_BALANCE", "FATAL");

        assertThatThrownBy(() -> Severities.fromProperties(properties))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gongkai.rules.severity.APPLY_BALANCE=FATAL");
    }

    @Test
    void theRulesVersionFoldsInTheSeveritiesThatDifferFromTheDefaults() {
        assertThat(RulesVersion.of(Severities.defaults())).isEqualTo(RulesVersion.CATALOG);
        assertThat(RulesVersion.of(Severities.overriding(Map.of("APPLY_BALANCE", Severity.ERROR))))
                .as("an override to the default changes nothing").isEqualTo(RulesVersion.CATALOG);
        assertThat(RulesVersion.of(Severities.overriding(Map.of("COPIED_REPORT", Severity.WARNING, "APPLY_BALANCE", Severity.WARNING))))
                .isEqualTo(RulesVersion.CATALOG + "+APPLY_BALANCE=WARNING,COPIED_REPORT=WARNING");
    }
}
