package io.gongkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.events.RawReport;
import io.gongkai.events.RegionTotals;
import io.gongkai.schemas.RegionCodes;
import io.gongkai.schemas.Roles;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.registry.AvroDeserializer;
import io.gongkai.schemas.registry.AvroSerializer;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import org.apache.kafka.clients.admin.Admin;
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

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * The whole pipeline against the broker's own ceiling, every figure from one run on this machine:
 * <ol>
 *   <li>the <b>ceiling</b>: Kafka's {@code ProducerPerformance} writing the benchmark's own documents with ingest's
 *       producer settings, plainly and in transactions ({@link BrokerCeiling}), after a warm-up run;</li>
 *   <li>a <b>backfill</b>: N raw reports (distinct organs of four counties, 25 years) preloaded on the raw topic as
 *       scrapers publish them, then the services started; the time until every year's national total counts them,
 *       each stage's lag, CPU, heap and resident memory meanwhile ({@link StageSampler}), the rate of the second
 *       half alone (warm-up discarded: four JVMs compile their hot code on the same cores in the first), each
 *       process's CPU per report, and a recount of the totals at the end;</li>
 *   <li><b>open-loop latency</b>: at each offered rate, reports sent on a fixed schedule whatever the pipeline does,
 *       each timed from its send to the update of its county-year total that counts it; then the <b>highest sustained
 *       rate</b>, doubling the offered rate from {@value #FIRST_SEARCH_RATE}/s while the pipeline keeps pace
 *       ({@link Latency#sustained()}).</li>
 * </ol>
 * Prints one JSON line and writes it to {@code .gongkai/bench-pipeline/result.json}, so that runs compare.
 */
@Command(name = "pipeline", description = "Backfill and open-loop latency of the whole pipeline, against the broker's ceiling measured in the same run.")
final class BenchPipeline implements Callable<Integer> {

    /** County-level organs' place names, and the county codes they resolve to. */
    private static final List<String> COUNTIES = List.of("诸暨市", "建德市", "杭州市拱墅区", "洛阳市西工区");
    private static final List<String> COUNTY_CODES = List.of("330681", "330182", "330105", "410303");
    private static final int FIRST_YEAR = 2001;
    private static final int YEARS = 25;
    /** Latency runs take county-years of their own, from here up to 2099 (the parser reads years 19xx and 20xx). */
    private static final int FIRST_LATENCY_YEAR = 2030;
    private static final int LAST_LATENCY_YEAR = 2099;
    private static final int LATENCY_YEARS_PER_RUN = 5;
    private static final int MIN_LATENCY_REPORTS = 100;
    /** How long after its last send a latency run waits for the rest to be counted. */
    private static final Duration LATENCY_DRAIN = Duration.ofSeconds(20);
    /** The search for the highest sustained rate starts here and doubles while the pipeline keeps up. */
    private static final int FIRST_SEARCH_RATE = 125;
    /** A rate is sustained when the pipeline keeps pace: the last reports sent wait at most this many times the first. */
    private static final double KEEPING_PACE = 1.5;
    /** A rate is sustained only while its p99 stays under this: a backlog that merely stops growing is no live total. */
    private static final Duration SUSTAINED_P99 = Duration.ofSeconds(1);
    /** How long every stage must have had no lag before totals that still differ are reported as wrong. */
    private static final Duration IDLE = Duration.ofSeconds(30);
    private static final Duration LONGEST_BACKFILL = Duration.ofMinutes(30);

    @Option(names = "--reports", description = "reports in the backfill (default ${DEFAULT-VALUE})", defaultValue = "100000")
    int reports;

    @Option(names = "--rates", split = ",", description = "offered rates of the latency runs, reports/s (default ${DEFAULT-VALUE})",
            defaultValue = "10,100,1000")
    List<Integer> rates;

    @Option(names = "--latency-seconds", description = "seconds of sending per latency run, at least 100 reports (default ${DEFAULT-VALUE})",
            defaultValue = "5")
    int latencySeconds;

    @Option(names = "--instances", description = "instances of each service (default ${DEFAULT-VALUE})", defaultValue = "1")
    int instances;

    @Option(names = "--partitions", description = "partitions of every topic (default ${DEFAULT-VALUE}; 6 suits --instances 2)",
            defaultValue = "3")
    int partitions;

    @Override
    public Integer call() throws Exception {
        Path root = Gongkai.home().toAbsolutePath().getParent();
        Path work = Gongkai.home().resolve("bench-pipeline");
        LocalDeployment.deleteRecursively(work);
        Files.createDirectories(work);
        String template = Files.readString(SampleDocuments.samples(root).get(0));
        List<RawReport> documents = new ArrayList<>();
        Map<Integer, Integer> perYear = new TreeMap<>();
        for (int i = 0; i < reports; i++) {
            int year = FIRST_YEAR + i % YEARS;
            documents.add(document(template, COUNTIES.get(i / YEARS % COUNTIES.size()), i, year));
            perYear.merge(year, 1, Integer::sum);
        }
        System.err.println("starting a broker and a registry …");
        try (LocalDeployment demo = LocalDeployment.stackOnly(root, work, new LocalDeployment.Scale(instances, partitions))) {
            String bootstrap = demo.stack().bootstrapServers();
            SchemaRegistryClient registry = SchemaRegistryClient.forUrl(demo.stack().schemaRegistryUrl());

            System.err.println("the ceiling: Kafka's ProducerPerformance with the same documents and settings …");
            BrokerCeiling ceiling = BrokerCeiling.of(bootstrap, documents.stream().limit(2_000)
                    .map(document -> StandardCharsets.UTF_8.decode(document.getContent().duplicate()).toString()).toList(), work);
            Topics.create(bootstrap, "bench-ceiling", TopicCatalog.RAW_REPORTS, partitions);
            int ceilingRecords = Math.max(reports, 20_000);
            BrokerCeiling.Rate plain = ceiling.plain("bench-ceiling", ceilingRecords);
            BrokerCeiling.Rate transactional = ceiling.transactional("bench-ceiling", ceilingRecords);

            System.err.printf("preloading %d reports on %s …%n", reports, TopicCatalog.RAW_REPORTS.name());
            Topics.create(bootstrap, TopicCatalog.RAW_REPORTS.name(), TopicCatalog.RAW_REPORTS, partitions);
            publish(bootstrap, registry, documents);

            System.err.println("preparing the services (their jars extracted, class-data archives made once) …");
            demo.prepareServices();
            System.err.println("starting the three services, and the clock …");
            Map<String, List<StageSampler.Sample>> samples;
            String cpu;
            Map<String, Long> processes = new LinkedHashMap<>(demo.stack().pids());
            processes.put("bench", ProcessHandle.current().pid());
            long start = System.nanoTime();
            double ready;
            double seconds;
            double half;
            Map<String, Double> cpuAtStart = Measure.cpuSeconds(processes);
            Map<String, Double> cpuAtHalf = null;
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap));
                 BackfillProgress progress = new BackfillProgress(bootstrap, registry, perYear.keySet(), start)) {
                StageSampler sampler = new StageSampler(admin, demo::servicePids, demo::serviceUrls, demo.credentials().bearer(Roles.OPS)).begin();
                demo.startServices();
                ready = (System.nanoTime() - start) / 1e9;
                processes.putAll(demo.servicePids());
                while (progress.counted() < reports) {
                    if (cpuAtHalf == null && progress.counted() >= reports / 2) {
                        cpuAtHalf = Measure.cpuSeconds(processes);
                    }
                    if (sampler.idleFor(IDLE) || System.nanoTime() - start > LONGEST_BACKFILL.toNanos()) {
                        sampler.stop();
                        System.err.printf("the national totals count %d of the %d reports, and no stage has had anything to do for %d s"
                                + " (or the backfill ran out of time)%n", progress.counted(), reports, IDLE.toSeconds());
                        return Gongkai.EXIT_FINDINGS;
                    }
                    TimeUnit.MILLISECONDS.sleep(100);
                }
                seconds = progress.secondsWhenCounted(reports);
                half = progress.secondsWhenCounted(reports / 2);
                Map<String, Double> cpuAtEnd = Measure.cpuSeconds(processes);
                cpu = Measure.cpuPerReport(processes.keySet(), cpuAtStart, cpuAtHalf == null ? cpuAtEnd : cpuAtHalf, cpuAtEnd, reports);
                sampler.awaitNoLag(Duration.ofSeconds(30));
                samples = sampler.stop();
                printLag(samples, progress);
            }
            System.err.printf("backfill: %d reports in %.1f s, %.0f/s; its second half %.0f/s; CPU a report, ms: %s%n",
                    reports, seconds, reports / seconds, (reports - reports / 2) / (seconds - half), cpu);
            String recount = recount(demo, perYear);

            List<String> latency = new ArrayList<>();
            int firstYear = FIRST_LATENCY_YEAR;
            for (int rate : rates) {
                latency.add(latency(demo, registry, template, rate, firstYear).json());
                firstYear += LATENCY_YEARS_PER_RUN;
            }
            List<String> search = new ArrayList<>();
            int highestSustained = 0;
            for (int rate = FIRST_SEARCH_RATE; firstYear + LATENCY_YEARS_PER_RUN <= LAST_LATENCY_YEAR + 1; rate *= 2) {
                Latency run = latency(demo, registry, template, rate, firstYear);
                firstYear += LATENCY_YEARS_PER_RUN;
                search.add(run.json());
                if (!run.sustained()) {
                    break;
                }
                highestSustained = rate;
            }

            double rate = reports / seconds;
            double afterReady = reports / (seconds - ready);
            double secondHalf = (reports - reports / 2) / (seconds - half);
            String result = Measure.format("{\"bench\":\"pipeline\",\"reports\":%d,\"bytesPerReport\":%d,"
                            + "\"ceiling\":{\"records\":%d,\"plainRecordsPerSecond\":%.0f,\"plainMBPerSecond\":%.1f,"
                            + "\"transactionalRecordsPerSecond\":%.0f,\"transactionMs\":%d},"
                            + "\"backfill\":{\"seconds\":%.1f,\"servicesReadySeconds\":%.1f,\"reportsPerSecond\":%.1f,"
                            + "\"reportsPerSecondOnceReady\":%.1f,"
                            + "\"ratioToTransactionalCeiling\":%.4f,\"ratioToPlainCeiling\":%.4f,"
                            + "\"secondHalf\":{\"fromSeconds\":%.1f,\"reportsPerSecond\":%.1f,\"ratioToTransactionalCeiling\":%.4f},"
                            + "\"recount\":\"%s\",\"cpu\":%s,\"stages\":%s},"
                            + "\"latency\":[%s],\"maxSustained\":{\"ratePerSecond\":%d,\"runs\":[%s]}}",
                    reports, documents.get(0).getContent().remaining(), ceilingRecords, plain.recordsPerSecond(), plain.mbPerSecond(),
                    transactional.recordsPerSecond(), BrokerCeiling.TRANSACTION_MS, seconds, ready, rate, afterReady,
                    rate / transactional.recordsPerSecond(), rate / plain.recordsPerSecond(), half, secondHalf,
                    secondHalf / transactional.recordsPerSecond(), recount, cpu, stages(samples),
                    String.join(",", latency), highestSustained, String.join(",", search));
            Files.writeString(work.resolve("result.json"), result + "\n");
            System.out.println(result);
            return recount.equals("exact") ? 0 : Gongkai.EXIT_FINDINGS;
        }
    }

    /**
     * A sample's text as the report of department {@code n} of {@code county} on {@code year}. Only the body's year is
     * rewritten: department 20237's number must not become 20137 on the way.
     */
    private static RawReport document(String template, String county, int n, int year) {
        String[] lines = template.split("\n", 2);
        String text = county + "第" + n + "科" + year + "年度\n" + lines[1].replace("2023", Integer.toString(year));
        return RawReport.newBuilder()
                .setSourceId("bench:" + county + ":" + n + ":" + year)
                .setContent(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)))
                .setContentType("text/plain")
                .setFileName("bench.txt")
                .setFetchedAt(Instant.now())
                .build();
    }

    private static void publish(String bootstrap, SchemaRegistryClient registry, List<RawReport> documents) {
        try (KafkaProducer<String, RawReport> producer = new KafkaProducer<>(producerConfig(bootstrap, 5), new StringSerializer(),
                new AvroSerializer<>(registry))) {
            for (RawReport document : documents) {
                producer.send(new ProducerRecord<>(TopicCatalog.RAW_REPORTS.name(), document.getSourceId(), document));
            }
            producer.flush();
        }
    }

    /**
     * "exact" when every year's national total counts its reports and sums the same figures for each (every document
     * carries the template's figures); else what differs.
     */
    private static String recount(LocalDeployment demo, Map<Integer, Integer> perYear) throws Exception {
        Long receivedPerReport = null;
        for (Map.Entry<Integer, Integer> year : perYear.entrySet()) {
            JsonNode totals = demo.awaitTotals(RegionCodes.COUNTRY, year.getKey(), year.getValue(), Duration.ofSeconds(5));
            long received = totals.get("received").asLong();
            if (totals.get("reports").asInt() != year.getValue() || received % year.getValue() != 0
                    || receivedPerReport != null && received / year.getValue() != receivedPerReport) {
                return year.getKey() + ": " + totals;
            }
            receivedPerReport = received / year.getValue();
        }
        return "exact";
    }

    private static Map<String, String> urls(LocalDeployment demo) {
        ServiceUrls urls = demo.urls();
        return Map.of("ingest-service", urls.ingest(), "validation-service", urls.validation(), "aggregation-service", urls.aggregation());
    }

    /**
     * Per service: its largest lag, when it first had none after that, how fast it drained meanwhile (records of its
     * input topics, its repartition topics included, per second), its CPU, resident memory and heap.
     */
    private static String stages(Map<String, List<StageSampler.Sample>> samples) {
        List<String> stages = new ArrayList<>();
        for (String service : LocalDeployment.SERVICES) {
            List<StageSampler.Sample> seen = samples.get(service);
            StageSampler.Sample peak = seen.stream().max(Comparator.comparingLong(StageSampler.Sample::lag)).orElseThrow();
            double drained = seen.stream().filter(sample -> sample.seconds() > peak.seconds() && sample.lag() == 0)
                    .mapToDouble(StageSampler.Sample::seconds).findFirst().orElse(-1);
            double drainRate = drained > peak.seconds() ? peak.lag() / (drained - peak.seconds()) : -1;
            stages.add(Measure.format("{\"service\":\"%s\",\"maxLag\":%d,\"maxLagAtSeconds\":%.0f,\"lagZeroAtSeconds\":%.0f,"
                            + "\"drainRecordsPerSecond\":%.0f,\"cpuPercentMean\":%.0f,"
                            + "\"cpuPercentMax\":%.0f,\"residentMiBMax\":%.0f,\"heapMiBMax\":%.0f}",
                    service, peak.lag(), peak.seconds(), drained, drainRate,
                    seen.stream().filter(sample -> sample.residentMiB() >= 0).mapToDouble(StageSampler.Sample::cpuPercent).average().orElse(0),
                    seen.stream().mapToDouble(StageSampler.Sample::cpuPercent).max().orElse(0),
                    seen.stream().mapToDouble(StageSampler.Sample::residentMiB).max().orElse(-1),
                    seen.stream().mapToDouble(StageSampler.Sample::heapMiB).max().orElse(-1)));
        }
        return "[" + String.join(",", stages) + "]";
    }

    /** Each stage's lag and the reports counted, every five seconds, on stderr. */
    private static void printLag(Map<String, List<StageSampler.Sample>> samples, BackfillProgress progress) {
        System.err.printf("%8s %15s %15s %15s %10s%n", "seconds", "ingest lag", "validation lag", "aggregation lag", "counted");
        List<StageSampler.Sample> ingest = samples.get("ingest-service");
        for (int i = 0; i < ingest.size(); i += 5) {
            System.err.printf("%8.0f %15d %15d %15d %10d%n", ingest.get(i).seconds(), ingest.get(i).lag(),
                    at(samples.get("validation-service"), i), at(samples.get("aggregation-service"), i),
                    progress.countedAt(ingest.get(i).seconds()));
        }
    }

    private static long at(List<StageSampler.Sample> samples, int i) {
        return i < samples.size() ? samples.get(i).lag() : -1;
    }

    /**
     * Open loop: {@code latencySeconds} of reports sent at {@code rate} per second on a fixed schedule, whatever the
     * pipeline does, spread over the four counties in years of this run's own ({@code firstYear} on, {@link
     * #LATENCY_YEARS_PER_RUN} of them). A county-year's k-th report sent is taken as counted when that county-year's
     * total first counts k reports: its reports are distinct organs, so each adds one, but they may be counted in
     * another order than sent, which this matching does not see.
     */
    private Latency latency(LocalDeployment demo, SchemaRegistryClient registry, String template, int rate, int firstYear) throws Exception {
        int count = Math.max(MIN_LATENCY_REPORTS, rate * latencySeconds);
        // Per county-year, the numbers of its reports sent and not yet counted, in the order sent.
        Map<String, Deque<Integer>> uncounted = new HashMap<>();
        Map<String, Integer> counted = new HashMap<>();
        long[] latencies = new long[count];
        int measured = 0;
        String bootstrap = demo.stack().bootstrapServers();
        try (KafkaConsumer<String, RegionTotals> totals = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-latency-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new AvroDeserializer<>(registry, true, null));
             KafkaProducer<String, RawReport> producer = new KafkaProducer<>(producerConfig(bootstrap, 0), new StringSerializer(),
                     new AvroSerializer<>(registry))) {
            totals.subscribe(List.of(TopicCatalog.REGION_TOTALS.name()));
            while (totals.assignment().isEmpty()) {
                totals.poll(Duration.ofMillis(100));
            }
            System.err.printf("latency: %d reports at %d/s, open loop …%n", count, rate);
            long interval = TimeUnit.SECONDS.toNanos(1) / rate;
            long start = System.nanoTime();
            long next = start;
            int sent = 0;
            long deadline = next + TimeUnit.SECONDS.toNanos(latencySeconds) + LATENCY_DRAIN.toNanos();
            while (measured < count && System.nanoTime() < deadline) {
                while (sent < count && System.nanoTime() >= next) {
                    int county = sent % COUNTIES.size();
                    int year = firstYear + sent / COUNTIES.size() % LATENCY_YEARS_PER_RUN;
                    RawReport document = document(template, COUNTIES.get(county), sent, year);
                    uncounted.computeIfAbsent(COUNTY_CODES.get(county) + ":" + year, key -> new ArrayDeque<>()).add(sent);
                    producer.send(new ProducerRecord<>(TopicCatalog.RAW_REPORTS.name(), document.getSourceId(), document));
                    sent++;
                    next += interval;
                }
                for (ConsumerRecord<String, RegionTotals> record : totals.poll(Duration.ofMillis(1))) {
                    Deque<Integer> waiting = uncounted.get(record.key());
                    long now = System.nanoTime();
                    if (waiting == null || record.value() == null) {
                        continue;
                    }
                    int before = counted.getOrDefault(record.key(), 0);
                    for (int k = before; k < record.value().getReports() && !waiting.isEmpty(); k++) {
                        int report = waiting.poll();
                        latencies[report] = now - (start + report * interval);
                        measured++;
                    }
                    counted.put(record.key(), Math.max(before, record.value().getReports()));
                }
            }
        }
        return new Latency(rate, count, measured, latencies);
    }

    /**
     * One open-loop run: the rate offered, the reports sent, how many were counted in time, and each report's latency
     * in the order sent (0 for one not counted). Sustained when every report was counted and the pipeline kept pace:
     * the last fifth sent waited (p50) no longer than {@link #KEEPING_PACE} times the first fifth, plus 100 ms, and
     * the p99 stayed under {@link #SUSTAINED_P99}. Without that bound a run that began behind a backlog (its first fifth
     * waiting seconds already) passed as sustained when the backlog merely stopped growing.
     */
    record Latency(int rate, int sent, int counted, long[] latencies) {

        boolean sustained() {
            return counted == sent && lastFifthP50() <= firstFifthP50() * KEEPING_PACE + TimeUnit.MILLISECONDS.toNanos(100)
                    && Measure.percentile(latencies.clone(), 99) <= SUSTAINED_P99.toNanos();
        }

        private long firstFifthP50() {
            return Measure.percentile(Arrays.copyOfRange(latencies, 0, fifth()), 50);
        }

        private long lastFifthP50() {
            return Measure.percentile(Arrays.copyOfRange(latencies, sent - fifth(), sent), 50);
        }

        private int fifth() {
            return Math.max(1, sent / 5);
        }

        String json() {
            long[] measured = Arrays.stream(latencies).filter(latency -> latency > 0).toArray();
            return Measure.format("{\"ratePerSecond\":%d,\"reports\":%d,\"counted\":%d,\"p50Ms\":%.0f,\"p99Ms\":%.0f,\"maxMs\":%.0f,"
                            + "\"firstFifthP50Ms\":%.0f,\"lastFifthP50Ms\":%.0f,\"sustained\":%b}", rate, sent, counted,
                    Measure.percentile(measured, 50) / 1e6, Measure.percentile(measured, 99) / 1e6, Measure.percentile(measured, 100) / 1e6,
                    firstFifthP50() / 1e6, lastFifthP50() / 1e6, sustained());
        }
    }

    private static Map<String, Object> producerConfig(String bootstrap, int lingerMs) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.LINGER_MS_CONFIG, lingerMs);
    }
}
