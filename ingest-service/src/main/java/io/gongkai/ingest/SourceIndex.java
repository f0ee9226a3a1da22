package io.gongkai.ingest;

import io.gongkai.schemas.TopicCatalog;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Which reportId each source and each content was last published under, read from the compacted
 * {@code gongkai.ingest.source-index.v1}: loaded completely before ingest starts, then tailed, so
 * every instance converges on what any instance published (committed transactions only).
 *
 * <p>In memory, a key is held as its {@link Fingerprint}, so that an entry costs the same whether its key is a
 * short id or a long URL: two entries for every report ever published.
 */
@Component
public class SourceIndex implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SourceIndex.class);
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(2);

    private final Map<Fingerprint, String> reportIds = new ConcurrentHashMap<>();
    private final Map<String, Object> consumerConfig;
    private final CountDownLatch loaded = new CountDownLatch(1);
    private volatile Consumer<String, String> consumer;
    private volatile Thread tailer;

    /** Reads with the service's consumer settings (bootstrap servers, login), outside any consumer group. */
    public SourceIndex(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumerConfig = Map.copyOf(config);
    }

    /** The key of a source in the index. */
    public static String sourceKey(String sourceId) {
        return "source:" + sourceId;
    }

    /** The key of a content hash in the index. */
    public static String contentKey(String contentHash) {
        return "hash:" + contentHash;
    }

    public Optional<String> reportIdOf(String key) {
        return Optional.ofNullable(reportIds.get(Fingerprint.of(key)));
    }

    /** Records what this instance just committed (never before the commit), ahead of reading it back from the topic. */
    public void remember(String key, String reportId) {
        reportIds.merge(Fingerprint.of(key), reportId, (held, next) -> held.equals(next) ? held : next);
    }

    /**
     * 128 bits of a key's SHA-256: distinct for any number of keys this index will hold (n keys share one with odds
     * of about n²/2¹²⁹, below 10⁻²⁰ for a billion).
     */
    record Fingerprint(long high, long low) {

        static Fingerprint of(String key) {
            ByteBuffer digest = ByteBuffer.wrap(sha256().digest(key.getBytes(StandardCharsets.UTF_8)));
            return new Fingerprint(digest.getLong(), digest.getLong());
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has SHA-256", e);
            }
        }
    }

    @Override
    public void start() {
        consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer());
        tailer = new Thread(this::tail, "source-index-tailer");
        tailer.setDaemon(true);
        tailer.start();
        try {
            if (!loaded.await(LOAD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the source index " + TopicCatalog.SOURCE_INDEX.name() + " did not load within " + LOAD_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the source index", e);
        }
    }

    private void tail() {
        try {
            List<TopicPartition> partitions = awaitPartitions();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() == null) {
                        reportIds.remove(Fingerprint.of(record.key()));
                    } else {
                        remember(record.key(), record.value());
                    }
                }
                if (loaded.getCount() > 0 && partitions.stream().allMatch(partition -> consumer.position(partition) >= end.get(partition))) {
                    log.info("source index loaded: {} entries", reportIds.size());
                    loaded.countDown();
                }
            }
        } catch (WakeupException stopping) {
            log.debug("source index tailer stopped");
        } finally {
            consumer.close(Duration.ofSeconds(1));
        }
    }

    /** The index topic's partitions, once the topic exists (this service creates it at start-up). */
    private List<TopicPartition> awaitPartitions() {
        while (true) {
            List<PartitionInfo> partitions = consumer.partitionsFor(TopicCatalog.SOURCE_INDEX.name(), Duration.ofSeconds(5));
            if (partitions != null && !partitions.isEmpty()) {
                return partitions.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            }
            log.info("waiting for topic {}", TopicCatalog.SOURCE_INDEX.name());
        }
    }

    @Override
    public void stop() {
        if (consumer != null) {
            consumer.wakeup();
        }
        if (tailer != null) {
            try {
                tailer.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return tailer != null && tailer.isAlive();
    }
}
