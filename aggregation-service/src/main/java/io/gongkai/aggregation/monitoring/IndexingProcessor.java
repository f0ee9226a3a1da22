package io.gongkai.aggregation.monitoring;

import io.gongkai.platform.Faults;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * Keeps one global store of a topic's bytes and tells the index of every record, decoded. On start it tells the
 * index what the store already holds (what a checkpoint kept across a restart). A record that cannot be decoded, or
 * that the index refuses, is left out with a warning — its topic's own consumer dead-letters what it cannot take; the
 * read model only reads, and a record that failed it would fail it again — while a transient fault (the registry
 * unreachable) is retried until it passes, never skipped.
 */
final class IndexingProcessor<T> implements Processor<String, byte[], Void, Void> {

    private static final Logger log = LoggerFactory.getLogger(IndexingProcessor.class);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final String storeName;
    private final String topic;
    private final Deserializer<T> values;
    /** What the index does with a key's decoded value, or null for a tombstone. */
    private final BiConsumer<String, T> update;
    private KeyValueStore<String, byte[]> store;

    IndexingProcessor(String storeName, String topic, Deserializer<T> values, BiConsumer<String, T> update) {
        this.storeName = storeName;
        this.topic = topic;
        this.values = values;
        this.update = update;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(storeName);
        try (KeyValueIterator<String, byte[]> held = store.all()) {
            while (held.hasNext()) {
                KeyValue<String, byte[]> record = held.next();
                T value = decode(record.key, record.value);
                if (value != null) {
                    index(record.key, value);
                }
            }
        }
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            store.delete(record.key());
            index(record.key(), null);
            return;
        }
        T value = decode(record.key(), record.value());
        if (value != null) {
            store.put(record.key(), record.value());
            index(record.key(), value);
        }
    }

    /** Tells the index; a record the index cannot take (a key not of the topic's form) is left out, never retried. */
    private void index(String key, T value) {
        try {
            update.accept(key, value);
        } catch (RuntimeException refused) {
            log.warn("{} record {} left out of the monitoring index: {}", topic, key, refused.toString());
        }
    }

    private T decode(String key, byte[] bytes) {
        Duration pause = Duration.ofMillis(100);
        while (true) {
            try {
                return values.deserialize(topic, bytes);
            } catch (RuntimeException e) {
                if (!Faults.isTransient(e)) {
                    log.warn("{} record {} cannot be decoded, left out of the monitoring index: {}", topic, key, e.toString());
                    return null;
                }
                log.warn("{} record {} not decoded yet, retrying in {}: {}", topic, key, pause, e.toString());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the schema registry", e);
        }
    }
}
