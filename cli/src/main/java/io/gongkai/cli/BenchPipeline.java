package io.gongkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.events.RawReport;
import io.gongkai.events.RegionTotals;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.registry.AvroDeserializer;
import io.gongkai.schemas.registry.AvroSerializer;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * The whole pipeline under load, as deployed locally: N synthetic reports (a sample's text under many
 * organs of four counties and many years) published to the raw topic as scrapers do, timed until every
 * year's national total counts them; next to the ceiling — producing the same number of records of the
 * same size to the same broker. Then latency at a fixed rate, from submission to the updated total of
 * the report's county and year (each latency report has a county-year of its own).
 */
@Command(name = "pipeline", description = "End-to-end throughput against the broker's ceiling, and latency to updated totals.")
final class BenchPipeline implements Callable<Integer> {

    /** County-level organs' place names, and the county codes they resolve to. */
    private static final List<String> COUNTIES = List.of("诸暨市", "建德市", "杭州市拱墅区", "洛阳市西工区");
    private static final List<String> COUNTY_CODES = List.of("330681", "330182", "330105", "410303");
    private static final int FIRST_YEAR = 2001;
    private static final int YEARS = 25;
    private static final int FIRST_LATENCY_YEAR = 2040;

    @Option(names = "--reports", description = "reports for the throughput run (default ${DEFAULT-VALUE})", defaultValue = "2000")
    int reports;

    @Option(names = "--latency-reports", description = "reports for the latency run (default ${DEFAULT-VALUE}, at most 200)", defaultValue = "100")
    int latencyReports;

    @Option(names = "--rate", description = "reports per second in the latency run (default ${DEFAULT-VALUE})", defaultValue = "10")
    int rate;

    @Override
    public Integer call() throws Exception {
        Path root = Gongkai.home().toAbsolutePath().getParent();
        Path work = Gongkai.home().resolve("bench-pipeline");
        Demo.deleteRecursively(work);
        String template = Files.readString(Demo.samples(root).get(0));
        System.err.println("starting a broker, a registry and the three services …");
        try (Demo demo = Demo.start(root, work)) {
            SchemaRegistryClient registry = SchemaRegistryClient.forUrl(demo.stack().schemaRegistryUrl());
            List<RawReport> documents = new ArrayList<>();
            Map<Integer, Integer> perYear = new TreeMap<>();
            for (int i = 0; i < reports; i++) {
                int year = FIRST_YEAR + i % YEARS;
                documents.add(document(template, COUNTIES.get(i / YEARS % COUNTIES.size()), i, year));
                perYear.merge(year, 1, Integer::sum);
            }
            double ceiling = ceiling(demo, registry, documents);
            System.err.printf("publishing %d reports to %s …%n", reports, TopicCatalog.RAW_REPORTS.name());
            long start = System.nanoTime();
            publish(demo, registry, documents);
            for (Map.Entry<Integer, Integer> year : perYear.entrySet()) {
                JsonNode totals = demo.awaitTotals("CN", year.getKey(), year.getValue(), Duration.ofMinutes(10));
                if (totals == null || totals.get("reports").asInt() != year.getValue()) {
                    System.err.println("the totals of " + year.getKey() + " did not settle: " + totals);
                    return Gongkai.EXIT_FINDINGS;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] latencies = latencies(demo, registry, template);
            System.out.println(Measure.format(
                    "{\"bench\":\"pipeline\",\"reports\":%d,\"seconds\":%.1f,\"reportsPerSecond\":%.1f,"
                            + "\"ceilingRecordsPerSecond\":%.0f,\"ratioToCeiling\":%.4f,"
                            + "\"latency\":{\"reports\":%d,\"ratePerSecond\":%d,\"p50Ms\":%.0f,\"p99Ms\":%.0f,\"maxMs\":%.0f}}",
                    reports, seconds, reports / seconds, ceiling, reports / seconds / ceiling,
                    latencies.length, rate, Measure.percentile(latencies, 50) / 1e6, Measure.percentile(latencies, 99) / 1e6,
                    Measure.percentile(latencies, 100) / 1e6));
        }
        return 0;
    }

    /** A sample's text as the report of department {@code n} of {@code county} on {@code year}. */
    private static RawReport document(String template, String county, int n, int year) {
        String[] lines = template.split("\n", 2);
        String text = (county + "第" + n + "科" + year + "年度\n" + lines[1]).replace("2023", Integer.toString(year));
        return RawReport.newBuilder()
                .setSourceId("bench:" + county + ":" + n + ":" + year)
                .setContent(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)))
                .setContentType("text/plain")
                .setFileName("bench.txt")
                .setFetchedAt(Instant.now())
                .build();
    }

    /** Records per second of producing the same number of same-sized records to a scratch topic: the ceiling. */
    private double ceiling(Demo demo, SchemaRegistryClient registry, List<RawReport> documents) throws Exception {
        String topic = "bench-ceiling-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", demo.stack().bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        AvroSerializer<RawReport> serializer = new AvroSerializer<>(registry);
        List<byte[]> payloads = new ArrayList<>();
        for (RawReport document : documents) {
            payloads.add(serializer.serialize(TopicCatalog.RAW_REPORTS.name(), document));
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(demo), new StringSerializer(), new ByteArraySerializer())) {
            long start = System.nanoTime();
            for (byte[] payload : payloads) {
                producer.send(new ProducerRecord<>(topic, payload));
            }
            producer.flush();
            return payloads.size() / ((System.nanoTime() - start) / 1e9);
        }
    }

    private void publish(Demo demo, SchemaRegistryClient registry, List<RawReport> documents) {
        try (KafkaProducer<String, RawReport> producer = new KafkaProducer<>(producerConfig(demo), new StringSerializer(), new AvroSerializer<>(registry))) {
            for (RawReport document : documents) {
                producer.send(new ProducerRecord<>(TopicCatalog.RAW_REPORTS.name(), document.getSourceId(), document));
            }
            producer.flush();
        }
    }

    /** Submission to updated county total, per report, at a fixed rate. */
    private long[] latencies(Demo demo, SchemaRegistryClient registry, String template) throws Exception {
        int count = Math.min(latencyReports, 200);
        Map<String, Long> sentAt = new HashMap<>();
        List<Long> measured = new ArrayList<>();
        try (KafkaConsumer<String, RegionTotals> totals = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, demo.stack().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-latency-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new AvroDeserializer<>(registry, true, null));
             KafkaProducer<String, RawReport> producer = new KafkaProducer<>(producerConfig(demo), new StringSerializer(), new AvroSerializer<>(registry))) {
            totals.subscribe(List.of(TopicCatalog.REGION_TOTALS.name()));
            while (totals.assignment().isEmpty()) {
                totals.poll(Duration.ofMillis(100));
            }
            System.err.printf("latency: %d reports at %d/s …%n", count, rate);
            long interval = TimeUnit.SECONDS.toNanos(1) / rate;
            long next = System.nanoTime();
            int sent = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (measured.size() < count && System.nanoTime() < deadline) {
                if (sent < count && System.nanoTime() >= next) {
                    int county = sent % COUNTIES.size();
                    int year = FIRST_LATENCY_YEAR + sent / COUNTIES.size();
                    RawReport document = document(template, COUNTIES.get(county), 0, year);
                    sentAt.put(COUNTY_CODES.get(county) + ":" + year, System.nanoTime());
                    producer.send(new ProducerRecord<>(TopicCatalog.RAW_REPORTS.name(), document.getSourceId(), document));
                    producer.flush();
                    sent++;
                    next += interval;
                }
                for (ConsumerRecord<String, RegionTotals> record : totals.poll(Duration.ofMillis(5))) {
                    Long start = sentAt.remove(record.key());
                    if (start != null) {
                        measured.add(System.nanoTime() - start);
                    }
                }
            }
        }
        return measured.stream().mapToLong(Long::longValue).toArray();
    }

    private static Map<String, Object> producerConfig(Demo demo) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, demo.stack().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5);
    }
}
