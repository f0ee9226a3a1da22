package io.gongkai.schemas;

import io.gongkai.schemas.registry.AvroSerde;
import io.gongkai.schemas.registry.SchemaRegistry;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

import java.util.Map;

/**
 * One topic of the catalog: its name, what its keys and values are and how they are written ({@link #keySerde},
 * {@link #valueSerde}), and the topic-level configuration it is created with. Partitions and replication are deployment choices and come from
 * each service's configuration, not from here.
 *
 * @param name      the topic name, versioned ({@code .v1})
 * @param keyType   the key's Java type (keys are UTF-8 strings)
 * @param valueType the value's Avro-generated class, or {@code byte[]} for dead letters
 * @param config    topic-level configuration ({@code cleanup.policy}, {@code retention.ms}, …)
 */
public record TopicSpec<K, V>(String name, Class<K> keyType, Class<V> valueType, Map<String, String> config) {

    /** Suffix of the dead-letter topic that takes this topic's undecodable records. */
    public static final String DEAD_LETTER_SUFFIX = "-dlt";

    /** The largest record the topic takes, in bytes: its {@code max.message.bytes}. */
    public int maxMessageBytes() {
        return Integer.parseInt(config.getOrDefault("max.message.bytes", TopicCatalog.DEFAULT_MAX_MESSAGE_BYTES));
    }

    /** The registry subject of this topic's values: {@code <topic>-value}. */
    public String valueSubject() {
        return name + "-value";
    }

    /** How the keys are written: UTF-8 strings. */
    public Serde<K> keySerde() {
        return serdeOf(keyType, null);
    }

    /** How the values are written: Avro in the registry's wire format for generated records, else as they are. */
    public Serde<V> valueSerde(SchemaRegistry registry) {
        return serdeOf(valueType, registry);
    }

    @SuppressWarnings("unchecked")
    private static <T> Serde<T> serdeOf(Class<T> type, SchemaRegistry registry) {
        if (SpecificRecord.class.isAssignableFrom(type)) {
            return (Serde<T>) new AvroSerde<SpecificRecord>(registry);
        }
        if (type == String.class) {
            return (Serde<T>) Serdes.String();
        }
        if (type == byte[].class) {
            return (Serde<T>) Serdes.ByteArray();
        }
        throw new IllegalArgumentException("no serde for " + type.getName());
    }

    /**
     * The dead-letter topic of this topic: {@code <topic>-dlt}, holding the failed records' bytes as
     * they were, with the error in headers; kept 30 days.
     */
    public TopicSpec<K, byte[]> deadLetter() {
        return new TopicSpec<>(name + DEAD_LETTER_SUFFIX, keyType, byte[].class, Map.of(
                "cleanup.policy", "delete",
                "retention.ms", Long.toString(TopicCatalog.DAY_MS * 30),
                "max.message.bytes", config.getOrDefault("max.message.bytes", TopicCatalog.DEFAULT_MAX_MESSAGE_BYTES)));
    }
}
