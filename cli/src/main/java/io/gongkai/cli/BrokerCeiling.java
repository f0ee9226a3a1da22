package io.gongkai.cli;

import io.gongkai.localstack.JavaProcess;
import io.gongkai.localstack.RuntimeArtifacts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The broker's ceiling, measured by Kafka's own {@code ProducerPerformance} (kafka-producer-perf-test) in a JVM of
 * its own ({@link JavaProcess#run}): the given payloads (the benchmark's documents, so the same sizes and the same compressibility), with the
 * producer settings ingest uses (acks=all, lz4, 256 KB batches, linger 5 ms, idempotence), plainly and in
 * transactions committed every {@value #TRANSACTION_MS} ms, as ingest commits a poll at a time. Each is run twice and
 * the first run discarded: it warms the broker, the page cache and the log segments.
 */
final class BrokerCeiling {

    static final int TRANSACTION_MS = 100;
    private static final String DELIMITER = "\u001E";
    private static final Pattern RATE = Pattern.compile("([0-9.]+) records/sec \\(([0-9.]+) MB/sec\\)");

    /** Records per second and MB per second of one measured run. */
    record Rate(double recordsPerSecond, double mbPerSecond) {
    }

    private final String bootstrapServers;
    private final Path payloadFile;
    private final Path log;

    private BrokerCeiling(String bootstrapServers, Path payloadFile, Path log) {
        this.bootstrapServers = bootstrapServers;
        this.payloadFile = payloadFile;
        this.log = log;
    }

    /** A ceiling for these payloads, written once to a file under {@code work}. */
    static BrokerCeiling of(String bootstrapServers, List<String> payloads, Path work) throws IOException {
        Path file = work.resolve("ceiling-payloads.txt");
        Files.writeString(file, String.join(DELIMITER, payloads), StandardCharsets.UTF_8);
        return new BrokerCeiling(bootstrapServers, file, work.resolve("ceiling.log"));
    }

    Rate plain(String topic, int records) throws IOException {
        run(topic, records, false);
        return run(topic, records, false);
    }

    Rate transactional(String topic, int records) throws IOException {
        run(topic, records, true);
        return run(topic, records, true);
    }

    private Rate run(String topic, int records, boolean transactional) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "--topic", topic, "--num-records", Integer.toString(records), "--throughput", "-1",
                "--payload-file", payloadFile.toString(), "--payload-delimiter", DELIMITER,
                "--producer-props", "bootstrap.servers=" + bootstrapServers, "acks=all", "compression.type=lz4",
                "batch.size=262144", "linger.ms=5", "enable.idempotence=true", "max.request.size=17825792"));
        if (transactional) {
            args.addAll(List.of("--transaction-duration-ms", Integer.toString(TRANSACTION_MS)));
        }
        Files.deleteIfExists(log);
        JavaProcess.run("ProducerPerformance", RuntimeArtifacts.load().brokerClasspath(), "org.apache.kafka.tools.ProducerPerformance",
                args, log);
        Rate summary = null;
        for (Matcher rate = RATE.matcher(Files.readString(log, StandardCharsets.UTF_8)); rate.find(); ) {
            summary = new Rate(Double.parseDouble(rate.group(1)), Double.parseDouble(rate.group(2)));
        }
        if (summary == null) {
            throw new IllegalStateException("ProducerPerformance printed no rate; see " + log);
        }
        return summary;
    }
}
