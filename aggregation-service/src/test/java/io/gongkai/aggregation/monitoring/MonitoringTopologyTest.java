package io.gongkai.aggregation.monitoring;

import io.gongkai.aggregation.SeedOutcomes;
import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.ReviewDecision;
import io.gongkai.events.Severity;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.events.Violation;
import io.gongkai.events.ViolationReview;
import io.gongkai.platform.InMemorySchemaRegistry;
import io.gongkai.schemas.SampleEvents;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.registry.AvroSerde;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MonitoringTopologyTest {

    private static final Violation UNBALANCED = Violation.newBuilder().setRule("APPLY_BALANCE").setSeverity(Severity.ERROR)
            .setCells(List.of("apply.received.total")).setExpected("1").setActual("2").setMessageZh("不平").setMessageEn("unbalanced").build();

    private final MonitoringIndex index = new MonitoringIndex();
    private InMemorySchemaRegistry registry;
    private TopologyTestDriver driver;
    private TestInputTopic<String, ParsedReport> parsed;
    private TestInputTopic<String, byte[]> parsedBytes;
    private TestInputTopic<String, ValidationOutcome> passed;
    private TestInputTopic<String, ValidationOutcome> violations;
    private TestInputTopic<String, ViolationReview> reviews;

    @BeforeEach
    void start(@TempDir Path stateDir) throws IOException {
        registry = new InMemorySchemaRegistry();
        AvroSerde<ParsedReport> parsedSerde = new AvroSerde<>(registry);
        AvroSerde<ValidationOutcome> outcomeSerde = new AvroSerde<>(registry);
        AvroSerde<ViolationReview> reviewSerde = new AvroSerde<>(registry);
        StreamsBuilder builder = new StreamsBuilder();
        MonitoringTopology.define(builder, index, registry);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "gongkai-aggregation-monitoring-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), config);

        parsed = driver.createInputTopic(TopicCatalog.PARSED_REPORTS.name(), new StringSerializer(), parsedSerde.serializer());
        parsedBytes = driver.createInputTopic(TopicCatalog.PARSED_REPORTS.name(), new StringSerializer(), new ByteArraySerializer());
        passed = driver.createInputTopic(TopicCatalog.VALIDATION_PASSED.name(), new StringSerializer(), outcomeSerde.serializer());
        violations = driver.createInputTopic(TopicCatalog.VALIDATION_VIOLATIONS.name(), new StringSerializer(), outcomeSerde.serializer());
        reviews = driver.createInputTopic(TopicCatalog.VALIDATION_REVIEWS.name(), new StringSerializer(), reviewSerde.serializer());
    }

    @AfterEach
    void stop() {
        driver.close();
        registry.close();
    }

    @Test
    void everyTopicFeedsTheIndexAndTheParsedStoreKeepsTheReport() {
        ParsedReport report = SampleEvents.parsedReport();
        ValidationOutcome outcome = ValidationOutcome.newBuilder(SeedOutcomes.seed(0)).setReportId(report.getReportId())
                .setStatus(OutcomeStatus.VIOLATION).setViolations(List.of(UNBALANCED)).build();

        parsed.pipeInput(report.getReportId(), report);
        violations.pipeInput(outcome.getReportId(), outcome);
        String violationId = index.findingsOf(report.getReportId()).get(0).finding().violationId();
        reviews.pipeInput(violationId, new ViolationReview(violationId, report.getReportId(), "APPLY_BALANCE",
                ReviewDecision.DISMISSED, "已核对", "reviewer-1", Instant.parse("2024-03-01T00:00:00Z")));

        MonitoredReport indexed = index.report(report.getReportId()).orElseThrow();
        assertThat(indexed.status()).isEqualTo(MonitoredReport.Status.VIOLATION);
        assertThat(indexed.figures().granted()).isEqualTo(28);
        assertThat(index.reviewOf(violationId)).get().extracting(Review::decision).isEqualTo(ReviewDecision.DISMISSED);
        KeyValueStore<String, byte[]> store = driver.getKeyValueStore(MonitoringTopology.PARSED_STORE);
        assertThat(store.get(report.getReportId())).isNotNull();
    }

    @Test
    void aReportThatPassesOnRecheckLeavesTheViolationsAndATombstoneRetractsIt() {
        ValidationOutcome violating = ValidationOutcome.newBuilder(SeedOutcomes.seed(0))
                .setStatus(OutcomeStatus.VIOLATION).setViolations(List.of(UNBALANCED)).build();
        violations.pipeInput(violating.getReportId(), violating);
        ValidationOutcome passing = SeedOutcomes.recheck(SeedOutcomes.seed(0), OutcomeStatus.PASS, violating.getFigures(),
                violating.getCheckedAt().plusSeconds(60));
        passed.pipeInput(passing.getReportId(), passing);
        violations.pipeInput(violating.getReportId(), (ValidationOutcome) null);

        assertThat(index.report(passing.getReportId())).get().extracting(MonitoredReport::status).isEqualTo(MonitoredReport.Status.PASS);

        passed.pipeInput(passing.getReportId(), (ValidationOutcome) null);
        assertThat(index.report(passing.getReportId())).isEmpty();
    }

    @Test
    void aReviewTombstoneWithAKeyNotOfAViolationIsLeftOutAndTheNextRecordIsRead() {
        ParsedReport report = SampleEvents.parsedReport();

        reviews.pipeInput("not a violation id", (ViolationReview) null);
        parsed.pipeInput(report.getReportId(), report);

        assertThat(index.report(report.getReportId())).isPresent();
    }

    @Test
    void anUndecodableRecordIsLeftOutAndTheNextOneIsRead() {
        ParsedReport report = SampleEvents.parsedReport();

        parsedBytes.pipeInput("garbage", "not avro".getBytes(StandardCharsets.UTF_8));
        parsed.pipeInput(report.getReportId(), report);

        assertThat(index.report("garbage")).isEmpty();
        assertThat(driver.<String, byte[]>getKeyValueStore(MonitoringTopology.PARSED_STORE).get("garbage")).isNull();
        assertThat(index.report(report.getReportId())).isPresent();
    }
}
