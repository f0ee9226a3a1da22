package io.gongkai.aggregation.monitoring;

import io.gongkai.events.ParsedReport;
import io.gongkai.schemas.TopicCatalog;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The read model as the APIs and the console use it: the {@link MonitoringIndex}, once Kafka Streams has run (its
 * global stores restored, so the index is whole), and each report's full parse from the global store.
 */
public final class MonitoringReadModel {

    private final Supplier<KafkaStreams> streams;
    private final MonitoringIndex index;
    private final Deserializer<ParsedReport> parsed;
    private volatile boolean restored;

    /**
     * @param streams the Kafka Streams client, or null before it starts
     */
    public MonitoringReadModel(Supplier<KafkaStreams> streams, MonitoringIndex index, Deserializer<ParsedReport> parsed) {
        this.streams = streams;
        this.index = index;
        this.parsed = parsed;
    }

    /** The index; {@link NotReadyException} until the global stores have been restored once. */
    public MonitoringIndex index() {
        if (!restored) {
            KafkaStreams running = streams.get();
            if (running == null || running.state() != KafkaStreams.State.RUNNING) {
                throw new NotReadyException("the monitoring index is not ready: it waits for its topics, or is loading them");
            }
            restored = true;
        }
        return index;
    }

    /** A report's latest parse, with every cell; empty when there is none. */
    public Optional<ParsedReport> parsedReport(String reportId) {
        index();
        ReadOnlyKeyValueStore<String, byte[]> store = streams.get().store(
                StoreQueryParameters.fromNameAndType(MonitoringTopology.PARSED_STORE, QueryableStoreTypes.keyValueStore()));
        byte[] bytes = store.get(reportId);
        return bytes == null ? Optional.empty() : Optional.of(parsed.deserialize(TopicCatalog.PARSED_REPORTS.name(), bytes));
    }

    /** The read model cannot answer yet: a 503 to retry. */
    public static final class NotReadyException extends RuntimeException {
        public NotReadyException(String message) {
            super(message);
        }
    }
}
