package io.gongkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.ValidationOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All of gongkai as deployed: a real broker (SASL/SCRAM, ACLs: each service only what {@code KafkaPrincipals}
 * grants it) and registry, the three services as their own JVMs from their jars, the sample reports in over HTTP,
 * outcomes from their topics, regional totals over HTTP.
 */
class EndToEndIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Duration SETTLE = Duration.ofMinutes(2);

    @Test
    void sampleReportsFlowFromHttpToRegionalTotals(@TempDir Path work) throws Exception {
        try (Demo demo = Demo.startSecured(ROOT, work)) {
            Map<Path, IngestClient.Answer> answers = demo.submit(Demo.samples(ROOT));
            assertThat(answers.values()).hasSize(5).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(202));
            Set<String> reportIds = answers.values().stream().map(answer -> answer.body().get("reportId").asText()).collect(Collectors.toSet());

            Map<String, ValidationOutcome> outcomes = demo.awaitOutcomes(reportIds, SETTLE);
            assertThat(outcomes.keySet()).containsExactlyInAnyOrderElementsOf(reportIds);
            assertThat(outcomes.values()).allSatisfy(outcome -> assertThat(outcome.getStatus()).isEqualTo(OutcomeStatus.PASS));

            assertTotals(demo.awaitTotals("330000", 2023, 3, SETTLE), 3, 59, 2, 1);
            assertTotals(demo.awaitTotals("330100", 2023, 2, SETTLE), 2, 39, 0, 0);
            assertTotals(demo.awaitTotals("330105", 2021, 1, SETTLE), 1, 1, 1, 1);
            assertTotals(demo.awaitTotals("330681", 2023, 1, SETTLE), 1, 20, 2, 1);
            assertTotals(demo.awaitTotals("410000", 2023, 1, SETTLE), 1, 0, 0, 0);
            assertTotals(demo.awaitTotals("CN", 2023, 4, SETTLE), 4, 59, 2, 1);
        }
    }

    private static void assertTotals(JsonNode totals, int reports, int received, int carriedForward, int reviewPending) {
        assertThat(totals).isNotNull();
        assertThat(List.of(totals.get("reports").asInt(), totals.get("received").asInt(),
                totals.get("carriedForward").asInt(), totals.get("reviewPending").asInt()))
                .as(totals.get("region").asText() + " " + totals.get("year").asInt())
                .containsExactly(reports, received, carriedForward, reviewPending);
        assertThat(totals.get("violating").asInt()).isZero();
    }
}
