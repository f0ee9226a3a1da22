package io.gongkai.cli;

import io.gongkai.events.ParsedReport;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.ingest.report.IngestOutcome;
import io.gongkai.localstack.JavaProcess;
import io.gongkai.localstack.LocalStack;
import io.gongkai.schemas.ReportPartitioner;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.registry.AvroDeserializer;
import io.gongkai.schemas.registry.AvroSerializer;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * validation-service under load: N parsed reports generated from the samples — many organs, five years
 * each, in random year order per organ so that late years re-check — replayed through the service as
 * deployed on the local broker. Prints reports/s (over the whole replay and its second half, the service's JIT warm-up
 * being in the first), each process's CPU a report, and the p50/p99 latency from parsed event to (first) outcome.
 */
@Command(name = "validate", description = "validation-service throughput and latency on the local broker.")
final class BenchValidate implements Callable<Integer> {

    private static final int YEARS_PER_ORGAN = 5;

    @Option(names = "--reports", description = "parsed reports to replay (default ${DEFAULT-VALUE})", defaultValue = "100000")
    int reports;

    @Option(names = "--latency-reports", description = "reports for the fixed-rate latency run (default ${DEFAULT-VALUE})", defaultValue = "2000")
    int latencyReports;

    @Option(names = "--rate", description = "reports per second in the latency run (default ${DEFAULT-VALUE})", defaultValue = "100")
    int rate;

    @Override
    public Integer call() throws Exception {
        Path root = Gongkai.home().toAbsolutePath().getParent();
        Path work = Gongkai.home().resolve("bench-validate");
        LocalDeployment.deleteRecursively(work);
        List<ParsedReport> templates = templates(root);
        System.err.println("starting a broker, a registry and validation-service …");
        try (LocalStack stack = LocalStack.start(work.resolve("stack"))) {
            Topics.create(stack.bootstrapServers(), TopicCatalog.PARSED_REPORTS.name(), TopicCatalog.PARSED_REPORTS, Topics.PARTITIONS);
            int port = LocalDeployment.freePort();
            JavaProcess service = LocalDeployment.launch(root, work, stack, "validation-service", port);
            try {
                LocalDeployment.awaitHealthy("validation-service", service, "http://127.0.0.1:" + port);
                Map<String, Long> processes = new LinkedHashMap<>(stack.pids());
                processes.put("bench", ProcessHandle.current().pid());
                processes.put("validation-service", service.pid());
                return measure(stack, templates, service, processes);
            } finally {
                service.stop();
            }
        }
    }

    private int measure(LocalStack stack, List<ParsedReport> templates, JavaProcess service, Map<String, Long> processes) throws Exception {
        SchemaRegistryClient registry = SchemaRegistryClient.forUrl(stack.schemaRegistryUrl());
        try (KafkaConsumer<String, ValidationOutcome> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-validate",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(),
                new AvroDeserializer<>(registry, true, null));
             KafkaProducer<String, ParsedReport> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                     ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.LINGER_MS_CONFIG, 5,
                     ProducerConfig.PARTITIONER_CLASS_CONFIG, ReportPartitioner.class), new StringSerializer(), new AvroSerializer<>(registry))) {
            consumer.subscribe(List.of(TopicCatalog.VALIDATION_PASSED.name(), TopicCatalog.VALIDATION_VIOLATIONS.name()));
            consumer.poll(Duration.ofSeconds(1));
            System.err.printf("replaying %d parsed reports as fast as they go …%n", reports);
            List<ParsedReport> burstReports = generate(templates, 0, reports);
            Map<String, Double> cpuAtStart = Measure.cpuSeconds(processes);
            Map<String, Double> cpuAtHalf = new HashMap<>();
            Run burst = replay(burstReports, 0, producer, consumer, () -> cpuAtHalf.putAll(Measure.cpuSeconds(processes)));
            String cpu = Measure.cpuPerReport(processes.keySet(), cpuAtStart, cpuAtHalf, Measure.cpuSeconds(processes), reports);
            System.err.printf("latency: %d more reports at %d/s …%n", latencyReports, rate);
            Run paced = replay(generate(templates, reports, latencyReports), rate, producer, consumer, () -> { });
            System.out.println(Measure.format(
                    "{\"bench\":\"validate\",\"reports\":%d,\"outcomes\":%d,\"seconds\":%.1f,\"reportsPerSecond\":%.0f,"
                            + "\"secondHalfReportsPerSecond\":%.0f,\"cpu\":%s,"
                            + "\"burstLatencyMs\":{\"p50\":%.0f,\"p99\":%.0f},"
                            + "\"latencyAtRate\":{\"reports\":%d,\"ratePerSecond\":%d,\"p50Ms\":%.0f,\"p99Ms\":%.0f,\"maxMs\":%.0f},"
                            + "\"serviceRssMiB\":%.0f}",
                    reports, burst.latencies().length, burst.seconds(), burst.latencies().length / burst.seconds(),
                    (reports - reports / 2) / (burst.seconds() - burst.halfSeconds()), cpu,
                    Measure.percentile(burst.latencies(), 50) / 1e6, Measure.percentile(burst.latencies(), 99) / 1e6,
                    paced.latencies().length, rate, Measure.percentile(paced.latencies(), 50) / 1e6,
                    Measure.percentile(paced.latencies(), 99) / 1e6, Measure.percentile(paced.latencies(), 100) / 1e6,
                    Measure.residentMiB(service.pid())));
            return burst.latencies().length == reports && paced.latencies().length == latencyReports ? 0 : Gongkai.EXIT_FINDINGS;
        }
    }

    /** Latencies (ns) from send to first outcome, and seconds from the first send to the last outcome and to the middle one. */
    private record Run(long[] latencies, double seconds, double halfSeconds) {
    }

    /**
     * Sends the reports ({@code perSecond} a second, or as fast as they go when 0) and waits for each one's first outcome;
     * runs {@code atHalf} once half of them have one.
     */
    private static Run replay(List<ParsedReport> reports, int perSecond, KafkaProducer<String, ParsedReport> producer,
                              KafkaConsumer<String, ValidationOutcome> consumer, Runnable atHalf) {
        Map<String, Long> sentAt = new HashMap<>(reports.size() * 2);
        long[] latencies = new long[reports.size()];
        int received = 0;
        int next = 0;
        long start = System.nanoTime();
        long lastOutcome = start;
        long halfOutcome = start;
        long interval = perSecond == 0 ? 0 : 1_000_000_000L / perSecond;
        long deadline = start + Duration.ofMinutes(20).toNanos();
        while (received < reports.size() && System.nanoTime() < deadline) {
            for (int batch = 0; batch < 2000 && next < reports.size() && System.nanoTime() >= start + next * interval; batch++, next++) {
                ParsedReport report = reports.get(next);
                sentAt.put(report.getReportId(), System.nanoTime());
                producer.send(new ProducerRecord<>(TopicCatalog.PARSED_REPORTS.name(), report.getReportId(), report));
            }
            if (interval > 0) {
                producer.flush();
            }
            for (ConsumerRecord<String, ValidationOutcome> record : consumer.poll(Duration.ofMillis(interval > 0 ? 1 : 100))) {
                Long sent = record.value() == null ? null : sentAt.remove(record.key());
                if (sent != null) {
                    lastOutcome = System.nanoTime();
                    latencies[received++] = lastOutcome - sent;
                    if (received == reports.size() / 2) {
                        halfOutcome = lastOutcome;
                        atHalf.run();
                    }
                }
            }
        }
        return new Run(Arrays.copyOf(latencies, received), (lastOutcome - start) / 1e9, (halfOutcome - start) / 1e9);
    }

    /** The samples as parsed reports. */
    static List<ParsedReport> templates(Path root) throws Exception {
        OfflineIngest ingest = new OfflineIngest();
        List<ParsedReport> templates = new ArrayList<>();
        for (Path sample : SampleDocuments.samples(root)) {
            templates.add(((IngestOutcome.Parsed) ingest.ingest(sample)).report());
        }
        return templates;
    }

    /** Organs numbered under each sample's region, five years each, years shuffled per organ so that some arrive late. */
    private static List<ParsedReport> generate(List<ParsedReport> templates, int firstOrgan, int reports) {
        List<ParsedReport> generated = new ArrayList<>(reports);
        Random random = new Random(firstOrgan);
        for (int organ = firstOrgan; generated.size() < reports; organ++) {
            ParsedReport template = templates.get(organ % templates.size());
            List<Integer> years = new ArrayList<>(List.of(2019, 2020, 2021, 2022, 2023));
            Collections.shuffle(years, random);
            for (int year : years.subList(0, Math.min(YEARS_PER_ORGAN, reports - generated.size()))) {
                String reportId = template.getRegion().getCode() + ":第" + organ + "科:" + year;
                generated.add(ParsedReport.newBuilder(template)
                        .setReportId(reportId)
                        .setYear(year)
                        .setContentHash(template.getContentHash() + "-" + organ + "-" + year)
                        .build());
            }
        }
        return generated;
    }
}
