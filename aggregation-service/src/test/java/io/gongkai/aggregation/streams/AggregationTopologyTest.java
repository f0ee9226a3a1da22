package io.gongkai.aggregation.streams;

import io.gongkai.aggregation.SeedOutcomes;
import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.RegionLevel;
import io.gongkai.events.RegionTally;
import io.gongkai.events.RegionTotals;
import io.gongkai.events.ReportFigures;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.platform.InMemorySchemaRegistry;
import io.gongkai.schemas.DeadLetterHeaders;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.registry.AvroSerde;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class AggregationTopologyTest {

    private static final Instant LATER = SeedOutcomes.CHECKED_AT.plusSeconds(3600);
    /** Also how often a task sends its summed deltas on. */
    private static final Duration COMMIT_INTERVAL = Duration.ofMillis(50);

    private InMemorySchemaRegistry registry;
    private TopologyTestDriver driver;
    private TestInputTopic<String, ValidationOutcome> passed;
    private TestInputTopic<String, ValidationOutcome> violations;
    private TestInputTopic<String, byte[]> passedBytes;
    private TestOutputTopic<String, RegionTotals> totalsTopic;
    private TestOutputTopic<String, byte[]> passedDeadLetters;
    private final Map<String, RegionTotals> published = new HashMap<>();

    @BeforeEach
    void start(@TempDir Path stateDir) throws IOException {
        registry = new InMemorySchemaRegistry();
        AvroSerde<ValidationOutcome> outcomeSerde = new AvroSerde<>(registry);
        AvroSerde<RegionTotals> totalsSerde = new AvroSerde<>(registry);

        StreamsBuilder builder = new StreamsBuilder();
        AggregationTopology.define(builder, outcomeSerde, new AvroSerde<>(registry), totalsSerde);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "gongkai-aggregation-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL.toMillis());
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), config);

        passed = driver.createInputTopic(TopicCatalog.VALIDATION_PASSED.name(), new StringSerializer(), outcomeSerde.serializer());
        violations = driver.createInputTopic(TopicCatalog.VALIDATION_VIOLATIONS.name(), new StringSerializer(), outcomeSerde.serializer());
        passedBytes = driver.createInputTopic(TopicCatalog.VALIDATION_PASSED.name(), new StringSerializer(), new ByteArraySerializer());
        totalsTopic = driver.createOutputTopic(TopicCatalog.REGION_TOTALS.name(), new StringDeserializer(), totalsSerde.deserializer());
        passedDeadLetters = driver.createOutputTopic(TopicCatalog.VALIDATION_PASSED.deadLetter().name(),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
        registry.close();
    }

    @Test
    void seedsAddUpAlongTheHierarchy() {
        SeedOutcomes.all().forEach(this::pass);

        assertTotals("330000:2023", "浙江省", RegionLevel.PROVINCE, 3, new ReportFigures(59, 0, 2, 1, 0));
        assertTotals("330100:2023", "杭州市", RegionLevel.PREFECTURE, 2, new ReportFigures(39, 0, 0, 0, 0));
        assertTotals("330105:2021", "拱墅区", RegionLevel.COUNTY, 1, new ReportFigures(1, 0, 1, 1, 0));
        assertTotals("330681:2023", "诸暨市", RegionLevel.COUNTY, 1, new ReportFigures(20, 0, 2, 1, 0));
        assertTotals("410000:2023", "河南省", RegionLevel.PROVINCE, 1, new ReportFigures(0, 0, 0, 0, 0));
        assertTotals("330182202:2023", "钦堂乡", RegionLevel.TOWNSHIP, 1, new ReportFigures(0, 0, 0, 0, 0));
        assertTotals("CN:2023", "全国", RegionLevel.COUNTRY, 4, new ReportFigures(59, 0, 2, 1, 0));
        assertTotals("CN:2021", "全国", RegionLevel.COUNTRY, 1, new ReportFigures(1, 0, 1, 1, 0));
        assertThat(totals("330000:2023").getPassed()).isEqualTo(3);
        assertThat(totals("330000:2023").getViolating()).isZero();
        assertThat(totals("330000:2023").getAreaReported()).isNull();
        assertThat(totals("330000:2023").getAreaDifference()).isNull();
        assertThat(totals("330000:2023").getChildren()).containsExactly("330100", "330600");
        assertThat(totals("CN:2023").getChildren()).containsExactly("330000", "410000");
        assertThat(published).doesNotContainKey("410000:2021");
    }

    @Test
    void storeHoldsWhatIsPublished() {
        SeedOutcomes.all().forEach(this::pass);

        KeyValueStore<String, RegionTally> tallies = driver.getKeyValueStore(AggregationTopology.TALLIES_STORE);
        assertThat(tallies.get("330100:2023").getReports()).isEqualTo(2);
        assertThat(tallies.get("330100:2023").getChildren()).isEqualTo(Map.of("330105", 1, "330182", 1));
        assertThat(tallies.get("330100:2022")).isNull();
    }

    @Test
    void aTasksDeltasCrossTheBrokerOncePerRegionYearAndInterval() {
        TestOutputTopic<String, byte[]> deltas = driver.createOutputTopic("gongkai-aggregation-test-" + AggregationTopology.BY_REGION
                + "-repartition", new StringDeserializer(), new ByteArrayDeserializer());

        SeedOutcomes.all().forEach(outcome -> passed.pipeInput(outcome.getReportId(), outcome));
        assertThat(deltas.isEmpty()).as("nothing sent before the interval is up").isTrue();
        driver.advanceWallClockTime(COMMIT_INTERVAL);

        assertThat(deltas.readKeyValuesToList().stream().map(delta -> delta.key).toList()).contains("CN:2023", "330000:2023").doesNotHaveDuplicates();
        collect();
        assertThat(totals("330000:2023").getReports()).isEqualTo(3);
    }

    @Test
    void correctedResubmissionMovesTotalsByTheDifference() {
        SeedOutcomes.all().forEach(this::pass);
        ValidationOutcome zhuji = SeedOutcomes.seed(3);

        pass(SeedOutcomes.recheck(zhuji, OutcomeStatus.PASS, new ReportFigures(25, 1, 4, 1, 2), LATER));

        assertTotals("330000:2023", "浙江省", RegionLevel.PROVINCE, 3, new ReportFigures(64, 1, 4, 1, 2));
        assertTotals("330681:2023", "诸暨市", RegionLevel.COUNTY, 1, new ReportFigures(25, 1, 4, 1, 2));
        assertTotals("330100:2023", "杭州市", RegionLevel.PREFECTURE, 2, new ReportFigures(39, 0, 0, 0, 0));
    }

    @Test
    void duplicateChangesNothing() {
        SeedOutcomes.all().forEach(this::pass);
        Map<String, RegionTotals> before = new HashMap<>(published);

        ValidationOutcome shangtang = SeedOutcomes.seed(0);
        passed.pipeInput(shangtang.getReportId(), shangtang);
        ValidationOutcome rechecked = SeedOutcomes.recheck(shangtang, OutcomeStatus.PASS, shangtang.getFigures(), LATER);
        passed.pipeInput(rechecked.getReportId(), rechecked);

        assertThat(totalsTopic.isEmpty()).as("nothing published").isTrue();
        collect();
        assertThat(published).isEqualTo(before);
    }

    @Test
    void olderOutcomeArrivingLateIsIgnored() {
        ValidationOutcome first = SeedOutcomes.seed(3);
        pass(SeedOutcomes.recheck(first, OutcomeStatus.PASS, new ReportFigures(25, 1, 4, 1, 2), LATER));

        pass(first);

        assertTotals("330681:2023", "诸暨市", RegionLevel.COUNTY, 1, new ReportFigures(25, 1, 4, 1, 2));
    }

    @ParameterizedTest(name = "tombstone first: {0}")
    @ValueSource(booleans = {false, true})
    void reportMovingFromPassedToViolatingKeepsTheTotals(boolean tombstoneFirst) {
        SeedOutcomes.all().forEach(this::pass);
        ValidationOutcome shangtang = SeedOutcomes.seed(0);
        ValidationOutcome violating = SeedOutcomes.recheck(shangtang, OutcomeStatus.VIOLATION, shangtang.getFigures(), LATER);

        if (tombstoneFirst) {
            passed.pipeInput(shangtang.getReportId(), null);
            violations.pipeInput(violating.getReportId(), violating);
        } else {
            violations.pipeInput(violating.getReportId(), violating);
            passed.pipeInput(shangtang.getReportId(), null);
        }
        collect();

        for (String key : List.of("CN:2023", "330000:2023", "330100:2023", "330105:2023", "330105008:2023")) {
            assertThat(totals(key).getViolating()).as(key).isEqualTo(1);
        }
        assertThat(totals("330000:2023").getPassed()).isEqualTo(2);
        assertTotals("330000:2023", "浙江省", RegionLevel.PROVINCE, 3, new ReportFigures(59, 0, 2, 1, 0));
        assertThat(totals("330105008:2023").getPassed()).isZero();
    }

    @Test
    void retractionRemovesTheReportEverywhere() {
        SeedOutcomes.all().forEach(this::pass);
        ValidationOutcome chaoming = SeedOutcomes.seed(2);
        ValidationOutcome shangtang = SeedOutcomes.seed(0);

        passed.pipeInput(chaoming.getReportId(), null);
        passed.pipeInput(shangtang.getReportId(), null);
        collect();

        assertThat(published).doesNotContainKeys("CN:2021", "330000:2021", "330100:2021", "330105:2021", "330105015:2021",
                "330105:2023", "330105008:2023");
        assertTotals("330100:2023", "杭州市", RegionLevel.PREFECTURE, 1, new ReportFigures(0, 0, 0, 0, 0));
        assertThat(totals("330100:2023").getChildren()).containsExactly("330182");
        assertTotals("330000:2023", "浙江省", RegionLevel.PROVINCE, 2, new ReportFigures(20, 0, 2, 1, 0));
        KeyValueStore<String, RegionTally> tallies = driver.getKeyValueStore(AggregationTopology.TALLIES_STORE);
        assertThat(tallies.get("330105:2021")).isNull();
    }

    @Test
    void areaReportIsSetBesideTheSumOfItsOrganReports() {
        SeedOutcomes.all().forEach(this::pass);

        pass(SeedOutcomes.gongshuArea(2023, new ReportFigures(70, 3, 5, 2, 1)));

        RegionTotals gongshu = totals("330105:2023");
        assertThat(gongshu.getReports()).as("an AREA report is not summed").isEqualTo(1);
        assertThat(gongshu.getFigures()).isEqualTo(new ReportFigures(39, 0, 0, 0, 0));
        assertThat(gongshu.getAreaReported()).isEqualTo(new ReportFigures(70, 3, 5, 2, 1));
        assertThat(gongshu.getAreaDifference()).isEqualTo(new ReportFigures(31, 3, 5, 2, 1));
        assertThat(totals("330100:2023").getAreaReported()).isNull();
        assertTotals("330000:2023", "浙江省", RegionLevel.PROVINCE, 3, new ReportFigures(59, 0, 2, 1, 0));
    }

    @Test
    void unresolvedReportCountsUnderTheCountryAndTheUnresolvedBucket() {
        SeedOutcomes.all().forEach(this::pass);

        pass(SeedOutcomes.unresolved("某某街道办事处", 2023, new ReportFigures(5, 0, 1, 0, 0)));

        assertTotals("CN:2023", "全国", RegionLevel.COUNTRY, 5, new ReportFigures(64, 0, 3, 1, 0));
        assertTotals("unresolved:2023", "未解析地区", RegionLevel.COUNTRY, 1, new ReportFigures(5, 0, 1, 0, 0));
        assertThat(totals("CN:2023").getChildren()).containsExactly("330000", "410000");
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsProcessed() {
        byte[] poison = "not an outcome".getBytes(StandardCharsets.UTF_8);
        ValidationOutcome shangtang = SeedOutcomes.seed(0);

        passedBytes.pipeInput(shangtang.getReportId(), poison);
        pass(shangtang);

        TestRecord<String, byte[]> deadLetter = passedDeadLetters.readRecord();
        assertThat(deadLetter.key()).isEqualTo(shangtang.getReportId());
        assertThat(deadLetter.value()).isEqualTo(poison);
        assertThat(header(deadLetter, DeadLetterHeaders.EXCEPTION)).isEqualTo("org.apache.kafka.common.errors.SerializationException");
        assertThat(header(deadLetter, DeadLetterHeaders.MESSAGE)).contains("not in the registry wire format");
        assertThat(header(deadLetter, DeadLetterHeaders.ORIGIN)).startsWith(TopicCatalog.VALIDATION_PASSED.name() + "-0@");
        assertThat(header(deadLetter, DeadLetterHeaders.STACKTRACE)).isNotBlank();
        assertTotals("330105008:2023", "上塘街道", RegionLevel.TOWNSHIP, 1, new ReportFigures(39, 0, 0, 0, 0));
    }

    @Test
    void outcomeOnTheOtherStatussTopicIsADeadLetter() {
        ValidationOutcome shangtang = SeedOutcomes.seed(0);

        violations.pipeInput(shangtang.getReportId(), shangtang);
        collect();

        assertThat(published).isEmpty();
        TestOutputTopic<String, byte[]> violationDeadLetters = driver.createOutputTopic(
                TopicCatalog.VALIDATION_VIOLATIONS.deadLetter().name(), new StringDeserializer(), new ByteArrayDeserializer());
        assertThat(header(violationDeadLetters.readRecord(), DeadLetterHeaders.MESSAGE))
                .isEqualTo("a PASS outcome on the topic of VIOLATION outcomes");
    }

    private void pass(ValidationOutcome outcome) {
        passed.pipeInput(outcome.getReportId(), outcome);
        collect();
    }

    /**
     * Lets the tasks send their summed deltas on, then reads what the topology published into {@link #published},
     * the view of a compacted-topic reader.
     */
    private void collect() {
        driver.advanceWallClockTime(COMMIT_INTERVAL);
        totalsTopic.readKeyValuesToList().forEach(record -> {
            if (record.value == null) {
                published.remove(record.key);
            } else {
                published.put(record.key, record.value);
            }
        });
    }

    private RegionTotals totals(String key) {
        assertThat(published).as("published totals").containsKey(key);
        return published.get(key);
    }

    private void assertTotals(String key, String name, RegionLevel level, int reports, ReportFigures figures) {
        RegionTotals totals = totals(key);
        assertThat(totals.getRegionCode() + ":" + totals.getYear()).isEqualTo(key);
        assertThat(totals.getName()).as(key).isEqualTo(name);
        assertThat(totals.getLevel()).as(key).isEqualTo(level);
        assertThat(totals.getReports()).as(key).isEqualTo(reports);
        assertThat(totals.getFigures()).as(key).isEqualTo(figures);
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as(name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
