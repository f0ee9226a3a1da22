package io.gongkai.validation.streams;

import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.platform.InMemorySchemaRegistry;
import io.gongkai.schemas.DeadLetterHeaders;
import io.gongkai.schemas.ReportIds;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.registry.AvroSerde;
import io.gongkai.validation.rules.Seeds;
import io.gongkai.validation.rules.Validator;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The validation topology on TopologyTestDriver: order, corrections, duplicates, retractions and poison. */
class ValidationTopologyTest {

    private InMemorySchemaRegistry registry;
    private TopologyTestDriver driver;
    private TestInputTopic<String, ParsedReport> parsed;
    private TestInputTopic<String, byte[]> parsedBytes;
    private TestOutputTopic<String, ValidationOutcome> passed;
    private TestOutputTopic<String, ValidationOutcome> violations;
    private TestOutputTopic<String, byte[]> deadLetters;

    @BeforeEach
    void setUp(@TempDir Path stateDir) throws Exception {
        registry = new InMemorySchemaRegistry();
        AvroSerde<ParsedReport> reportSerde = new AvroSerde<>(registry);
        AvroSerde<ValidationOutcome> outcomeSerde = new AvroSerde<>(registry);
        StreamsBuilder builder = new StreamsBuilder();
        ValidationTopology.define(builder, new Validator(), reportSerde, outcomeSerde);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "validation-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.REUSE_KTABLE_SOURCE_TOPICS);
        driver = new TopologyTestDriver(builder.build(config), config);
        parsed = driver.createInputTopic(TopicCatalog.PARSED_REPORTS.name(), new StringSerializer(), reportSerde.serializer());
        parsedBytes = driver.createInputTopic(TopicCatalog.PARSED_REPORTS.name(), new StringSerializer(), new ByteArraySerializer());
        passed = driver.createOutputTopic(TopicCatalog.VALIDATION_PASSED.name(), new StringDeserializer(), outcomeSerde.deserializer());
        violations = driver.createOutputTopic(TopicCatalog.VALIDATION_VIOLATIONS.name(), new StringDeserializer(), outcomeSerde.deserializer());
        deadLetters = driver.createOutputTopic(TopicCatalog.PARSED_REPORTS.deadLetter().name(), new StringDeserializer(),
                Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
        registry.close();
    }

    @Test
    void aBalancedReportPassesWithItsRegionInAHeader() {
        ParsedReport report = Seeds.report("000");

        parsed.pipeInput(report.getReportId(), report);

        TestRecord<String, ValidationOutcome> outcome = passed.readRecord();
        assertThat(outcome.key()).isEqualTo(report.getReportId());
        assertThat(outcome.value().getStatus()).isEqualTo(OutcomeStatus.PASS);
        assertThat(new String(outcome.headers().lastHeader(TopicCatalog.REGION_HEADER).value(), StandardCharsets.UTF_8)).isEqualTo("330105008");
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void aReportIsWrittenOnceTheParsedTopicBeingItsTablesChangelog() {
        ParsedReport report = Seeds.report("000");

        parsed.pipeInput(report.getReportId(), report);

        assertThat(driver.producedTopicNames()).contains("validation-test-" + ValidationTopology.OUTCOMES_STORE + "-changelog")
                .doesNotContain("validation-test-" + ValidationTopology.REPORTS_STORE + "-changelog");
    }

    @Test
    void aRecordDeadLetteredUnderAnotherYearsKeyIsNoPreviousYear() {
        ParsedReport year = Seeds.report("003");
        String previousYearsKey = ReportIds.shifted(year.getReportId(), -1);

        parsed.pipeInput(previousYearsKey, year);
        parsed.pipeInput(year.getReportId(), year);

        assertThat(deadLetters.readKeyValuesToList()).singleElement().satisfies(letter -> assertThat(letter.key).isEqualTo(previousYearsKey));
        assertThat(passed.readRecordsToList()).singleElement().satisfies(record -> assertThat(record.key()).isEqualTo(year.getReportId()));
    }

    @Test
    void lateYearBeforeRechecksTheYearAndACorrectionTurnsItBackToPass() {
        ParsedReport year = Seeds.report("003");
        ParsedReport brokenChain = withHash(Seeds.previousYear("003", year), "broken");
        brokenChain.getApplications().getCarriedForward().setNaturalPerson(brokenChain.getApplications().getCarriedForward().getNaturalPerson() + 1);
        brokenChain.getApplications().getCarriedForward().setTotal(brokenChain.getApplications().getCarriedForward().getTotal() + 1);
        ParsedReport corrected = withHash(Seeds.previousYear("003", year), "corrected");

        parsed.pipeInput(year.getReportId(), year);
        assertThat(passed.readValue().getReportId()).isEqualTo(year.getReportId());

        parsed.pipeInput(brokenChain.getReportId(), brokenChain);
        List<TestRecord<String, ValidationOutcome>> violated = violations.readRecordsToList();
        assertThat(violated).filteredOn(record -> record.key().equals(year.getReportId())).singleElement()
                .satisfies(record -> assertThat(record.value().getViolations()).anySatisfy(violation -> {
                    assertThat(violation.getRule()).isEqualTo("CARRY_OVER_CHAIN");
                    assertThat(violation.getCells()).contains("apply.carriedOver.naturalPerson");
                }));
        assertThat(passed.readRecordsToList()).filteredOn(record -> record.key().equals(year.getReportId()))
                .singleElement().satisfies(record -> assertThat(record.value()).as("tombstone: no longer passing").isNull());

        parsed.pipeInput(corrected.getReportId(), corrected);
        assertThat(passed.readRecordsToList()).filteredOn(record -> record.key().equals(year.getReportId()))
                .singleElement().satisfies(record -> assertThat(record.value().getStatus()).isEqualTo(OutcomeStatus.PASS));
        assertThat(violations.readRecordsToList()).filteredOn(record -> record.key().equals(year.getReportId()))
                .singleElement().satisfies(record -> assertThat(record.value()).as("tombstone: no longer violating").isNull());
    }

    @Test
    void anIdenticalResubmissionPublishesNothing() {
        ParsedReport report = Seeds.report("001");
        parsed.pipeInput(report.getReportId(), report);
        passed.readRecordsToList();

        parsed.pipeInput(report.getReportId(), report);

        assertThat(passed.isEmpty()).isTrue();
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void aChangedVersionPublishesItsNewOutcome() {
        ParsedReport report = Seeds.report("004");
        parsed.pipeInput(report.getReportId(), report);
        passed.readRecordsToList();
        ParsedReport changed = withHash(Seeds.report("004"), "v2");
        changed.getApplications().getReceived().setNaturalPerson(changed.getApplications().getReceived().getNaturalPerson() + 5);

        parsed.pipeInput(changed.getReportId(), changed);

        assertThat(violations.readValue().getViolations()).extracting(violation -> violation.getRule())
                .contains("APPLY_BALANCE", "APPLY_ROW_TOTAL");
    }

    @Test
    void aRetractedReportClearsItsOutcome() {
        ParsedReport report = Seeds.report("002");
        parsed.pipeInput(report.getReportId(), report);
        passed.readRecordsToList();

        parsed.pipeInput(report.getReportId(), (ParsedReport) null);

        TestRecord<String, ValidationOutcome> tombstone = passed.readRecord();
        assertThat(tombstone.key()).isEqualTo(report.getReportId());
        assertThat(tombstone.value()).isNull();
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextIsProcessed() {
        ParsedReport report = Seeds.report("000");

        parsedBytes.pipeInput("330105008:人民政府:2023", "not avro at all".getBytes(StandardCharsets.UTF_8));
        parsed.pipeInput(report.getReportId(), report);

        TestRecord<String, byte[]> deadLetter = deadLetters.readRecord();
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo("not avro at all");
        assertThat(new String(deadLetter.headers().lastHeader(DeadLetterHeaders.MESSAGE).value(), StandardCharsets.UTF_8))
                .contains("magic byte");
        assertThat(deadLetter.headers().lastHeader(DeadLetterHeaders.ORIGIN)).isNotNull();
        assertThat(passed.readValue().getReportId()).isEqualTo(report.getReportId());
    }

    @Test
    void aRecordKeyedOtherwiseThanItsReportIsADeadLetterAndTheNextIsProcessed() {
        ParsedReport report = Seeds.report("000");
        String otherYear = report.getReportId().replace(":2023", ":2022");

        parsed.pipeInput(otherYear, report);
        parsed.pipeInput(report.getReportId(), report);

        TestRecord<String, byte[]> deadLetter = deadLetters.readRecord();
        assertThat(deadLetter.key()).isEqualTo(otherYear);
        assertThat(new String(deadLetter.headers().lastHeader(DeadLetterHeaders.MESSAGE).value(), StandardCharsets.UTF_8))
                .contains("is not the report's reportId");
        assertThat(passed.readValue().getReportId()).isEqualTo(report.getReportId());
    }

    @Test
    void aRegistryThatDoesNotAnswerIsNoReasonToDeadLetterARecord() {
        ParsedReport report = Seeds.report("000");
        byte[] bytes = new AvroSerde<ParsedReport>(registry).serializer()
                .serialize(TopicCatalog.PARSED_REPORTS.name(), report);
        registry.close();

        assertThatThrownBy(() -> parsedBytes.pipeInput(report.getReportId(), bytes))
                .isInstanceOf(StreamsException.class);
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(passed.isEmpty()).isTrue();
    }

    private static ParsedReport withHash(ParsedReport report, String version) {
        report.setContentHash(report.getContentHash() + "-" + version);
        return report;
    }
}
