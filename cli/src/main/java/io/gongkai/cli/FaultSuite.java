package io.gongkai.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.RawReport;
import io.gongkai.schemas.Roles;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.registry.AvroSerializer;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline under faults, held to a recount. A workload of submissions ({@link FaultWorkload}) goes in over
 * HTTP and the raw topic while, one after another, each service is killed with SIGKILL and started again, the
 * broker restarts, and the registry hangs while validation-service starts with a cold schema cache. Whatever
 * fails is retried, as a scraper would. After each fault a probe report measures how long until the pipeline
 * processes again: from the fault to the probe's county-year total.
 *
 * <p>Then nothing may be lost or counted twice: every report has its outcome, every unreadable document its
 * rejection, every undecodable record one dead letter (and no other topic any), and every region-year total
 * equals the {@link Recount} of the same documents.
 */
final class FaultSuite {

    /** What went wrong, how long it lasted, and how long from its start until a probe was counted (null: never). */
    record Fault(String name, Duration down, Duration processingAgain) {
    }

    /** What went in, what came out, and how the two compare. */
    record Result(List<Fault> faults, List<FaultWorkload.Submission> submitted, Recount recount, Ledger ledger) {

        boolean nothingLostOrDoubled() {
            return faults.stream().allMatch(fault -> fault.processingAgain() != null)
                    && ledger.outcomes().keySet().equals(recount.reportIds())
                    && ledger.rejectedSources().equals(recount.rejectedSources())
                    && ledger.deadLetters().equals(expectedDeadLetters())
                    && totalsDiffering().isEmpty();
        }

        /** The region-years whose total differs from the recount, each with both figures. */
        List<String> totalsDiffering() {
            Set<String> keys = new TreeSet<>(recount.totals().keySet());
            keys.addAll(ledger.totals().keySet());
            List<String> differing = new ArrayList<>();
            for (String key : keys) {
                Recount.Tally expected = recount.totals().get(key);
                Recount.Tally actual = ledger.totals().get(key);
                boolean bothEmpty = (expected == null || expected.reports() == 0) && (actual == null || actual.reports() == 0);
                if (!bothEmpty && !Objects.equals(expected, actual)) {
                    differing.add(key + ": recount " + expected + ", pipeline " + actual);
                }
            }
            return differing;
        }

        private Map<String, Integer> expectedDeadLetters() {
            return recount.undecodable() == 0 ? Map.of() : Map.of(TopicCatalog.RAW_REPORTS.deadLetter().name(), recount.undecodable());
        }

        /** The table the suite prints. */
        String table() {
            StringBuilder out = new StringBuilder();
            out.append(Measure.format("%-66s %8s %24s%n", "fault", "down s", "processing again after s"));
            for (Fault fault : faults) {
                out.append(Measure.format("%-66s %8.1f %24s%n", fault.name(), fault.down().toMillis() / 1000.0,
                        fault.processingAgain() == null ? "never" : Measure.format("%.1f", fault.processingAgain().toMillis() / 1000.0)));
            }
            Map<FaultWorkload.Kind, Integer> kinds = new EnumMap<>(FaultWorkload.Kind.class);
            Map<FaultWorkload.Channel, Integer> channels = new EnumMap<>(FaultWorkload.Channel.class);
            submitted.forEach(submission -> {
                kinds.merge(submission.kind(), 1, Integer::sum);
                channels.merge(submission.channel(), 1, Integer::sum);
            });
            long passed = ledger.outcomes().values().stream().filter(status -> status == OutcomeStatus.PASS).count();
            int deadLettered = ledger.deadLetters().values().stream().mapToInt(Integer::intValue).sum();
            List<String> differing = totalsDiffering();
            Set<String> keys = new TreeSet<>(recount.totals().keySet());
            keys.addAll(ledger.totals().keySet());
            out.append(Measure.format("%nrecords in: %d %s %s%n", submitted.size(), channels, kinds));
            out.append(Measure.format("accounted: %d reports of %d expected (passed %d, violating %d), rejected %d of %d, dead-lettered %d of %d %s%n",
                    ledger.outcomes().size(), recount.reportIds().size(), passed, ledger.outcomes().size() - passed,
                    ledger.rejectedSources().size(), recount.rejectedSources().size(), deadLettered, recount.undecodable(),
                    ledger.deadLetters()));
            out.append(Measure.format("region-years: %d compared, %d equal to the recount; totals equal: %s%n",
                    keys.size(), keys.size() - differing.size(), differing.isEmpty() ? "yes" : "NO"));
            differing.forEach(line -> out.append("  ").append(line).append('\n'));
            out.append(Measure.format("nothing lost or counted twice: %s%n", nothingLostOrDoubled() ? "yes" : "NO"));
            return out.toString();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);

    private final LocalDeployment demo;
    private final FaultWorkload workload;
    private final Duration registryPause;
    private final Duration pace;
    private final PrintStream progress;
    private final List<FaultWorkload.Submission> submitted = Collections.synchronizedList(new ArrayList<>());
    private final List<Fault> faults = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final KafkaProducer<String, byte[]> producer;
    private final AvroSerializer<RawReport> rawSerializer;
    private int probes;

    private FaultSuite(LocalDeployment demo, FaultWorkload workload, Duration registryPause, Duration pace, PrintStream progress) {
        this.demo = demo;
        this.workload = workload;
        this.registryPause = registryPause;
        this.pace = pace;
        this.progress = progress;
        this.rawSerializer = new AvroSerializer<>(SchemaRegistryClient.forUrl(demo.stack().schemaRegistryUrl()));
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, demo.stack().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000), new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Submits {@code departments} departments' worth of the workload against the running {@code demo}, injecting
     * the faults at even intervals, then waits for the pipeline to settle and compares.
     */
    static Result run(LocalDeployment demo, FaultWorkload workload, int departments, Duration registryPause, Duration pace,
                      PrintStream progress) throws Exception {
        FaultSuite suite = new FaultSuite(demo, workload, registryPause, pace, progress);
        try {
            return suite.run(workload.submissions(departments));
        } finally {
            suite.producer.close(Duration.ofSeconds(10));
        }
    }

    private Result run(List<FaultWorkload.Submission> submissions) throws Exception {
        List<Runnable> injections = List.of(
                () -> crash("ingest-service"),
                () -> crash("validation-service"),
                () -> crash("aggregation-service"),
                this::restartBroker,
                this::hangRegistryWhileValidationRestarts);
        CompletableFuture<Void> running = CompletableFuture.completedFuture(null);
        int next = 0;
        for (int i = 0; i < submissions.size(); i++) {
            if (next < injections.size() && i == submissions.size() * (next + 1) / (injections.size() + 1)) {
                running.get();
                running = CompletableFuture.runAsync(injections.get(next++));
            }
            submit(submissions.get(i));
            Thread.sleep(pace.toMillis());
        }
        running.get();
        progress.printf("all %d records in; waiting for the pipeline to settle …%n", submitted.size());
        Recount recount = Recount.of(List.copyOf(submitted));
        Instant deadline = Instant.now().plus(SETTLE_TIMEOUT);
        while (true) {
            Result result = new Result(List.copyOf(faults), List.copyOf(submitted), recount,
                    Ledger.read(demo.stack().bootstrapServers(), demo.stack().schemaRegistryUrl()));
            if (result.nothingLostOrDoubled() || Instant.now().isAfter(deadline)) {
                return result;
            }
            Thread.sleep(2_000);
        }
    }

    private void crash(String service) {
        Instant start = Instant.now();
        progress.printf("kill -9 %s …%n", service);
        demo.crash(service);
        demo.restart(service);
        faults.add(new Fault("kill -9 " + service + ", restarted at once", Duration.between(start, Instant.now()), probe(start)));
    }

    private void restartBroker() {
        Instant start = Instant.now();
        progress.println("restarting the broker …");
        demo.stack().restartBroker();
        faults.add(new Fault("broker restarted (SIGTERM, start)", Duration.between(start, Instant.now()), probe(start)));
    }

    private void hangRegistryWhileValidationRestarts() {
        Instant start = Instant.now();
        progress.printf("the registry hangs for %d s; kill -9 validation-service meanwhile …%n", registryPause.toSeconds());
        demo.stack().pauseRegistry();
        try {
            demo.crash("validation-service");
            demo.restart("validation-service");
            sleep(registryPause);
        } finally {
            demo.stack().resumeRegistry();
        }
        faults.add(new Fault("registry hung (SIGSTOP " + registryPause.toSeconds() + " s), validation-service restarted within",
                Duration.between(start, Instant.now()), probe(start)));
    }

    /** Publishes a probe and returns how long from {@code faultStart} until its county-year counts it; null if it never does. */
    private Duration probe(Instant faultStart) {
        int n = probes++;
        submit(workload.probe(n));
        URI totals = URI.create(demo.urls().aggregation() + "/regions/" + FaultWorkload.PROBE_COUNTY_CODE + "/totals?year="
                + FaultWorkload.probeYear(n));
        Instant deadline = Instant.now().plus(RECOVERY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(totals).timeout(Duration.ofSeconds(5))
                        .header("Authorization", demo.credentials().bearer(Roles.VIEWER)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && JSON.readTree(response.body()).path("reports").asInt() == 1) {
                    return Duration.between(faultStart, Instant.now());
                }
            } catch (IOException down) {
                // the aggregation service is still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            sleep(Duration.ofMillis(100));
        }
        return null;
    }

    /** Sends one submission until it is taken — as a scraper retries — and records it as submitted. */
    private void submit(FaultWorkload.Submission submission) {
        while (true) {
            try {
                if (submission.channel() == FaultWorkload.Channel.HTTP ? postOnce(submission) : publishOnce(submission)) {
                    submitted.add(submission);
                    return;
                }
            } catch (Exception notTaken) {
                if (notTaken instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while submitting " + submission.sourceId(), notTaken);
                }
            }
            sleep(RETRY_PAUSE);
        }
    }

    /** True when ingest took the document: published it as a report (202) or as a rejection (422). */
    private boolean postOnce(FaultWorkload.Submission submission) throws IOException, InterruptedException {
        IngestClient ingest = new IngestClient(demo.urls().ingest(), demo.credentials().bearer(Roles.SUBMITTER));
        IngestClient.Answer answer = ingest.submit(submission.sourceId(), submission.fileName(), submission.content());
        return answer.accepted() || answer.status() == 422;
    }

    private boolean publishOnce(FaultWorkload.Submission submission) throws Exception {
        byte[] value = submission.kind() == FaultWorkload.Kind.UNDECODABLE
                ? submission.content()
                : rawSerializer.serialize(TopicCatalog.RAW_REPORTS.name(), RawReport.newBuilder()
                        .setSourceId(submission.sourceId())
                        .setContent(ByteBuffer.wrap(submission.content()))
                        .setContentType(IngestClient.contentType(submission.fileName()))
                        .setFileName(submission.fileName())
                        .setFetchedAt(Instant.now())
                        .build());
        producer.send(new ProducerRecord<>(TopicCatalog.RAW_REPORTS.name(), submission.sourceId(), value)).get(60, TimeUnit.SECONDS);
        return true;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
