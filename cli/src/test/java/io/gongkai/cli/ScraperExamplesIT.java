package io.gongkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.examples.scraper.PublishReport;
import io.gongkai.schemas.KafkaPrincipals;
import io.gongkai.schemas.PublishedSchemas;
import io.gongkai.schemas.RawDocumentHeaders;
import io.gongkai.schemas.TopicCatalog;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The scraper examples of docs/scrapers.md, run as a scraper author runs them, against all of gongkai (the broker, the
 * registry, the three services from their jars): Python with Confluent's client, Java with kafka-clients, the shell
 * with kcat on the raw-bytes topic, and a plain-bytes record from Java. Each publishes a different sample, whose county
 * must then count it in its regional totals. An example whose client is not installed here skips, naming what is
 * missing ({@code .ci/run} installs them).
 *
 * <p>The broker here has no logins: Debian's librdkafka (2.0), under its Python client and kcat, cannot log in with
 * SCRAM to a Kafka 4 broker — it sends a wrong nonce that Kafka 4 refuses, fixed in librdkafka 2.6.1 (docs/scrapers.md
 * says so). The scraper principal's login and ACLs are tested with the Java client by {@link EndToEndIT} and
 * {@link KafkaAclMatrixIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScraperExamplesIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path EXAMPLES = ROOT.resolve("examples/scrapers");
    /** Where {@code .ci/run} installs the Python packages that Debian does not have (REQUIRED_PYTHON_PACKAGES). */
    private static final Path PYTHON_PACKAGES = ROOT.resolve(".gongkai/python-packages");
    private static final Duration SETTLE = Duration.ofMinutes(2);

    private LocalDeployment demo;

    @BeforeAll
    void startGongkai(@TempDir Path work) throws Exception {
        demo = LocalDeployment.start(ROOT, work);
    }

    @AfterAll
    void stopGongkai() {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void pythonWithConfluentKafkaPublishesFollowsUpAndIsCounted() throws Exception {
        String python = "/usr/bin/python3";
        Ran probe = run(List.of(python, "-c", "import confluent_kafka.schema_registry.avro, fastavro"), Map.of());
        assumeTrue(probe.exitValue() == 0, () -> "Debian's python3 with confluent-kafka and fastavro: " + probe.output());
        String sourceId = "python-example-" + UUID.randomUUID();
        Path schema = ROOT.resolve("schemas/target/classes").resolve(PublishedSchemas.RESOURCE_DIRECTORY)
                .resolve(PublishedSchemas.fileName(TopicCatalog.RAW_REPORTS.valueSubject()));

        Ran example = run(List.of(python, EXAMPLES.resolve("python/publish_report.py").toString(),
                sample("001").toString(), "--source-id", sourceId, "--schema", schema.toString(),
                "--content-type", "text/plain", "--follow", "120"), environment());

        assertThat(example.exitValue()).as(example.output()).isZero();
        JsonNode outcome = new ObjectMapper().readTree(example.output().lines().reduce((first, last) -> last).orElse("{}"));
        assertThat(outcome.path("outcome").asText()).as(outcome.toString()).isEqualTo("published");
        assertThat(outcome.path("reportId").asText()).startsWith("410303006:");
        assertCounted("410303", 2023);
    }

    @Test
    void javaWithKafkaClientsIsCounted() throws Exception {
        PublishReport.publish(PublishReport.connection(environment()), "java-example-" + UUID.randomUUID(), sample("002"), "text/plain");

        assertCounted("330105", 2021);
    }

    @Test
    void theShellWithKcatOnTheRawBytesTopicIsCounted() throws Exception {
        Ran probe = run(List.of("kcat", "-V"), Map.of());
        assumeTrue(probe.exitValue() == 0, () -> "kcat: " + probe.output());

        Ran example = run(List.of("bash", EXAMPLES.resolve("shell/publish-document.sh").toString(),
                "kcat-example-" + UUID.randomUUID(), sample("004").toString(), "text/plain"), environment());

        assertThat(example.exitValue()).as(example.output()).isZero();
        assertCounted("330182", 2023);
    }

    @Test
    void aPlainBytesRecordWithHeadersIsCounted() throws Exception {
        ProducerRecord<String, byte[]> document = new ProducerRecord<>(TopicCatalog.RAW_DOCUMENTS.name(),
                "bytes-example-" + UUID.randomUUID(), Files.readAllBytes(sample("003")));
        document.headers().add(RawDocumentHeaders.CONTENT_TYPE, "text/plain".getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, byte[]> scraper = new KafkaProducer<>(demo.clientConfig(KafkaPrincipals.SCRAPER),
                new StringSerializer(), new ByteArraySerializer())) {
            scraper.send(document).get();
        }

        assertCounted("330681", 2023);
    }

    /** The connection every example reads from its environment. */
    private Map<String, String> environment() {
        return Map.of("KAFKA_BOOTSTRAP_SERVERS", demo.stack().bootstrapServers(),
                "SCHEMA_REGISTRY_URL", demo.stack().schemaRegistryUrl());
    }

    private void assertCounted(String county, int year) throws Exception {
        JsonNode totals = demo.awaitTotals(county, year, 1, SETTLE);
        assertThat(totals).as("totals of %s %d", county, year).isNotNull();
        assertThat(totals.path("reports").asInt()).as(totals.toString()).isEqualTo(1);
    }

    private static Path sample(String number) throws IOException {
        try (var files = Files.list(ROOT.resolve("samples"))) {
            return files.filter(file -> file.getFileName().toString().startsWith(number + "_")).findFirst().orElseThrow();
        }
    }

    /** How a command ended: its exit status, and what it wrote to its output and errors. */
    private record Ran(int exitValue, String output) {
    }

    /** Runs {@code command} to its end (at most three minutes), with the Python packages {@code .ci/run} installed. */
    private static Ran run(List<String> command, Map<String, String> environment) throws Exception {
        Path log = Files.createTempFile("scraper-example", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("PYTHONPATH", PYTHON_PACKAGES.toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException notInstalled) {
            return new Ran(127, command.get(0) + " is not installed: " + notInstalled.getMessage());
        }
        process.getOutputStream().close();
        boolean ended = process.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log);
        Files.delete(log);
        return ended ? new Ran(process.exitValue(), output) : new Ran(-1, output + "\n(killed after three minutes)");
    }
}
