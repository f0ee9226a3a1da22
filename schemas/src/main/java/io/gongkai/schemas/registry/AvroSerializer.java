package io.gongkai.schemas.registry;

import io.gongkai.schemas.TrustedEventClasses;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes Avro records in the Confluent wire format, registering the writer schema under
 * {@code <topic>-value} (or {@code -key}). Interchangeable on the wire with Confluent's
 * {@code KafkaAvroSerializer}. A null record is written as null (a tombstone). One datum writer per schema,
 * built once: Avro's writers are safe to share between threads. Generated records are written by the code Avro
 * generated for them ({@link SpecificData#setCustomCoders custom coders}: the same bytes, without resolving each
 * union by reflection — 2.6 times faster for a parsed report), through a buffered encoder.
 */
public class AvroSerializer<T extends GenericContainer> implements Serializer<T> {

    static {
        TrustedEventClasses.install();
    }

    private SchemaRegistry registry;
    private boolean autoRegister = true;
    private boolean isKey;
    private final Map<Schema, DatumWriter<T>> writers = new ConcurrentHashMap<>();

    /** For Kafka to instantiate by class name; configure with {@code schema.registry.url}. */
    public AvroSerializer() {
    }

    /** A serializer on the given client, registering schemas as needed. */
    public AvroSerializer(SchemaRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.registry = AvroSerdeConfig.client(configs, registry);
        this.autoRegister = AvroSerdeConfig.flag(configs, AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, true);
        this.isKey = isKey;
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        Schema schema = record.getSchema();
        String subject = WireFormat.subject(topic, isKey);
        int id;
        try {
            id = autoRegister ? registry.register(subject, schema) : registry.lookUp(subject, schema);
        } catch (SchemaRegistryException e) {
            throw new SerializationException("cannot serialize " + schema.getFullName() + " to topic '" + topic + "': " + e.getMessage(), e);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
            out.write(WireFormat.MAGIC_BYTE);
            out.write(ByteBuffer.allocate(4).putInt(id).array());
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            writers.computeIfAbsent(schema, ignored -> writerFor(record)).write(record, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot serialize " + schema.getFullName() + " to topic '" + topic + "': " + e.getMessage(), e);
        }
    }

    private static <T extends GenericContainer> DatumWriter<T> writerFor(T record) {
        Schema schema = record.getSchema();
        return record instanceof SpecificRecord ? new SpecificDatumWriter<>(schema, customCoded(SpecificData.getForSchema(schema)))
                : new GenericDatumWriter<>(schema);
    }

    /** A copy of a generated class's model, with its logical-type conversions, that writes records by their custom coders. */
    private static SpecificData customCoded(SpecificData model) {
        SpecificData data = new SpecificData(model.getClassLoader());
        model.getConversions().forEach(data::addLogicalTypeConversion);
        data.setCustomCoders(true);
        return data;
    }
}
