package io.gongkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.RawReport;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.schemas.KafkaPrincipals;
import io.gongkai.schemas.Roles;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.registry.AvroSerializer;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All of gongkai as deployed: a real broker (SASL/SCRAM, ACLs: each service only what {@code KafkaPrincipals}
 * grants it) and registry, the three services as their own JVMs from their jars, the sample reports in over HTTP,
 * outcomes from their topics, regional totals over HTTP, a real report's findings in the monitoring API and a
 * reviewer's decision on one.
 */
class EndToEndIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Duration SETTLE = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sampleReportsFlowFromHttpToRegionalTotals(@TempDir Path work) throws Exception {
        try (LocalDeployment demo = LocalDeployment.startSecured(ROOT, work)) {
            Map<Path, IngestClient.Answer> answers = demo.submit(SampleDocuments.samples(ROOT));
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

            assertThat(scraperPublication(demo, SampleDocuments.samples(ROOT).get(0))).as("a scraper's document, read by ingest under its ACLs")
                    .isEqualTo(answers.get(SampleDocuments.samples(ROOT).get(0)).body().get("reportId").asText());

            reviewAFindingOfAViolatingReport(demo);
        }
    }

    /**
     * A real report that breaks its arithmetic in: the monitoring read model (parsed reports and outcomes, read by
     * aggregation under its ACLs) lists its findings, and a reviewer's dismissal (written to the reviews topic under
     * the same ACLs) is read back.
     */
    private static void reviewAFindingOfAViolatingReport(LocalDeployment demo) throws Exception {
        IngestClient.Answer pingtan = demo.submit(List.of(ROOT.resolve("samples/corpus/pingtan-2023.txt"))).values().iterator().next();
        String reportId = pingtan.body().get("reportId").asText();
        assertThat(demo.awaitOutcomes(Set.of(reportId), SETTLE).get(reportId).getStatus()).isEqualTo(OutcomeStatus.VIOLATION);

        HttpClient http = HttpClient.newHttpClient();
        String findingsOfFujian = demo.urls().aggregation() + "/api/v1/violations?region=350000";
        JsonNode findings = null;
        Instant deadline = Instant.now().plus(SETTLE);
        while (Instant.now().isBefore(deadline) && (findings == null || findings.path("total").asInt() == 0)) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(findingsOfFujian))
                    .header("Authorization", demo.credentials().bearer(Roles.VIEWER)).build(), HttpResponse.BodyHandlers.ofString());
            findings = answer.statusCode() == 200 ? JSON.readTree(answer.body()) : null;
            Thread.sleep(200);
        }
        assertThat(findings).as("findings of 福建省 in the monitoring API").isNotNull();
        String violationId = findings.get("items").get(0).get("violationId").asText();

        HttpResponse<String> review = http.send(HttpRequest.newBuilder(URI.create(demo.urls().aggregation() + "/api/v1/violations/"
                        + URLEncoder.encode(violationId, StandardCharsets.UTF_8).replace("+", "%20") + "/review"))
                .header("Authorization", demo.credentials().bearer(Roles.REVIEWER)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"CONFIRMED\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
        assertThat(JSON.readTree(review.body()).get("decision").asText()).isEqualTo("CONFIRMED");
    }

    /**
     * Publishes a document to the raw topic as the scraper principal does, and returns the report id ingest recorded for
     * its source in the source index (read as ops); null if none within {@link #SETTLE}.
     */
    private static String scraperPublication(LocalDeployment demo, Path file) throws Exception {
        String sourceId = "e2e-scraper-" + UUID.randomUUID();
        RawReport raw = RawReport.newBuilder().setSourceId(sourceId).setContent(ByteBuffer.wrap(Files.readAllBytes(file)))
                .setContentType("text/plain").setFileName(file.getFileName().toString()).setFetchedAt(Instant.now()).build();
        SchemaRegistryClient registry = SchemaRegistryClient.forUrl(demo.stack().schemaRegistryUrl());
        try (KafkaProducer<String, RawReport> scraper = new KafkaProducer<>(demo.clientConfig(KafkaPrincipals.SCRAPER),
                new StringSerializer(), new AvroSerializer<>(registry))) {
            scraper.send(new ProducerRecord<>(TopicCatalog.RAW_REPORTS.name(), sourceId, raw)).get();
        }
        Map<String, Object> config = new HashMap<>(demo.clientConfig(KafkaPrincipals.OPS));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> index = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            index.subscribe(List.of(TopicCatalog.SOURCE_INDEX.name()));
            Instant deadline = Instant.now().plus(SETTLE);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> entry : index.poll(Duration.ofMillis(500))) {
                    if (entry.key().equals("source:" + sourceId)) {
                        return entry.value();
                    }
                }
            }
        }
        return null;
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
