package io.gongkai.cli;

import io.gongkai.events.RegionTotals;
import io.gongkai.schemas.RegionCodes;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.registry.AvroDeserializer;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * How many of a backfill's reports the national totals count, over time: reads the totals topic as a monitoring
 * office would (read committed, from its start), keeps each backfill year's latest national count, and notes the sum
 * with the time whenever it grows. Reading the topic, not polling the service's HTTP API, keeps the observer's own
 * load (a verified access token a request) off the service it measures; only the national records are decoded.
 * Runs on its own thread until closed.
 */
final class BackfillProgress implements AutoCloseable {

    /** The national count of the backfill's reports, {@code seconds} after the clock started. */
    record Point(double seconds, int counted) {
    }

    private final Set<String> nationalKeys;
    private final long start;
    private final KafkaConsumer<String, byte[]> consumer;
    private final AvroDeserializer<RegionTotals> totals;
    private final Map<String, Integer> countedByKey = new HashMap<>();
    private final List<Point> points = new ArrayList<>();
    private final Thread thread = new Thread(this::run, "backfill-progress");
    private volatile int counted;
    private volatile RuntimeException failure;

    /** Watches the national totals of {@code years}, timed from {@code start} ({@link System#nanoTime()}). */
    BackfillProgress(String bootstrap, SchemaRegistryClient registry, Set<Integer> years, long start) {
        this.nationalKeys = years.stream().map(year -> RegionCodes.COUNTRY + ":" + year).collect(Collectors.toSet());
        this.start = start;
        this.totals = new AvroDeserializer<>(registry, true, null);
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer());
        thread.setDaemon(true);
        thread.start();
    }

    /** The backfill's reports counted so far. */
    int counted() {
        if (failure != null) {
            throw failure;
        }
        return counted;
    }

    /** When the count first reached {@code reports}, in seconds from the start; -1 if it has not yet. */
    double secondsWhenCounted(int reports) {
        synchronized (points) {
            return points.stream().filter(point -> point.counted() >= reports).mapToDouble(Point::seconds).findFirst().orElse(-1);
        }
    }

    /** The count {@code seconds} after the start. */
    int countedAt(double seconds) {
        synchronized (points) {
            int at = 0;
            for (Point point : points) {
                if (point.seconds() > seconds) {
                    break;
                }
                at = point.counted();
            }
            return at;
        }
    }

    private void run() {
        try {
            List<TopicPartition> partitions = waitForPartitions();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!Thread.currentThread().isInterrupted()) {
                boolean grew = false;
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    if (record.value() != null && nationalKeys.contains(record.key())) {
                        int reports = totals.deserialize(record.topic(), record.value()).getReports();
                        int before = countedByKey.getOrDefault(record.key(), 0);
                        countedByKey.put(record.key(), Math.max(before, reports));
                        grew |= reports > before;
                    }
                }
                if (grew) {
                    int sum = countedByKey.values().stream().mapToInt(Integer::intValue).sum();
                    synchronized (points) {
                        points.add(new Point((System.nanoTime() - start) / 1e9, sum));
                    }
                    counted = sum;
                }
            }
        } catch (WakeupException closing) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** The totals topic's partitions, once aggregation has created it. */
    private List<TopicPartition> waitForPartitions() {
        while (true) {
            List<TopicPartition> partitions = consumer.partitionsFor(TopicCatalog.REGION_TOTALS.name(), Duration.ofSeconds(5)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            if (!partitions.isEmpty()) {
                return partitions;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(500);
            } catch (InterruptedException e) {
                throw new WakeupException();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.interrupt();
        thread.join(TimeUnit.SECONDS.toMillis(10));
        consumer.close(Duration.ofSeconds(5));
    }
}
