package io.gongkai.aggregation.monitoring;

import io.gongkai.events.OutcomeStatus;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.TopicSpec;
import io.gongkai.schemas.registry.SchemaRegistry;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The monitoring read model's part of the aggregation application: four global stores, each holding one topic
 * whole on every instance (so any instance answers any query, and instances are added for reads alone), each
 * feeding the {@link MonitoringIndex} through an {@link IndexingProcessor}.
 * <pre>
 * gongkai.reports.parsed.v1        ─▶ [global store monitoring-parsed-reports]       ─▶ index.parsed
 * gongkai.validation.passed.v1     ─▶ [global store monitoring-passed-outcomes]      ─▶ index.outcome (PASS)
 * gongkai.validation.violations.v1 ─▶ [global store monitoring-violation-outcomes]   ─▶ index.outcome (VIOLATION)
 * gongkai.validation.reviews.v1    ─▶ [global store monitoring-reviews]              ─▶ index.review
 * </pre>
 * The stores keep the records' bytes as the topics hold them; the report page reads a report's cells from
 * {@value #PARSED_STORE}. A global store is restored through its processor (KIP-1024), so the index is whole
 * before the application reports RUNNING.
 */
public final class MonitoringTopology {

    /** Every parsed report's latest version, by reportId, as Avro bytes. */
    public static final String PARSED_STORE = "monitoring-parsed-reports";
    static final String PASSED_STORE = "monitoring-passed-outcomes";
    static final String VIOLATIONS_STORE = "monitoring-violation-outcomes";
    static final String REVIEWS_STORE = "monitoring-reviews";
    /** The topics the stores hold, which must exist before the application starts. */
    public static final List<String> SOURCE_TOPICS = List.of(TopicCatalog.PARSED_REPORTS.name(), TopicCatalog.VALIDATION_PASSED.name(),
            TopicCatalog.VALIDATION_VIOLATIONS.name(), TopicCatalog.VALIDATION_REVIEWS.name());

    private MonitoringTopology() {
    }

    /** Adds the global stores to {@code builder}; each topic's values are read with its catalog serde on {@code registry}. */
    public static void define(StreamsBuilder builder, MonitoringIndex index, SchemaRegistry registry) {
        feed(builder, TopicCatalog.PARSED_REPORTS, PARSED_STORE, registry, index::parsed);
        feed(builder, TopicCatalog.VALIDATION_PASSED, PASSED_STORE, registry,
                (reportId, outcome) -> index.outcome(reportId, OutcomeStatus.PASS, outcome));
        feed(builder, TopicCatalog.VALIDATION_VIOLATIONS, VIOLATIONS_STORE, registry,
                (reportId, outcome) -> index.outcome(reportId, OutcomeStatus.VIOLATION, outcome));
        feed(builder, TopicCatalog.VALIDATION_REVIEWS, REVIEWS_STORE, registry, index::review);
    }

    private static <V> void feed(StreamsBuilder builder, TopicSpec<String, V> topic, String store, SchemaRegistry registry,
                                 BiConsumer<String, V> update) {
        StoreBuilder<KeyValueStore<String, byte[]>> bytes = Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(store), Serdes.String(), Serdes.ByteArray()).withLoggingDisabled();
        Deserializer<V> values = topic.valueSerde(registry).deserializer();
        builder.addGlobalStore(bytes, topic.name(),
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(store + "-source"),
                () -> new IndexingProcessor<>(store, topic.name(), values, update));
    }
}
