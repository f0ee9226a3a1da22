package io.gongkai.schemas.registry;

import io.gongkai.schemas.TrustedEventClasses;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads records in the Confluent wire format: fetches the writer schema by the id in the record (once,
 * then cached) and resolves it against the reader schema. The reader schema is the generated class's
 * when {@code specific.avro.reader=true}, a given schema when constructed with one, else the writer's.
 * Bytes not in the wire format fail with a {@link SerializationException} naming the topic and why. One datum
 * reader per writer schema id, built once: Avro's readers are safe to share between threads.
 */
public class AvroDeserializer<T> implements Deserializer<T> {

    static {
        TrustedEventClasses.install();
    }

    private SchemaRegistry registry;
    private boolean specific;
    private final Schema readerSchema;
    private final Map<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();

    /** For Kafka to instantiate by class name; configure with {@code schema.registry.url}. */
    public AvroDeserializer() {
        this.readerSchema = null;
    }

    /**
     * A deserializer on the given client.
     *
     * @param specific     read into generated classes
     * @param readerSchema the schema to resolve every record against; null for the writer's (generic) or the class's (specific)
     */
    public AvroDeserializer(SchemaRegistry registry, boolean specific, Schema readerSchema) {
        this.registry = registry;
        this.specific = specific;
        this.readerSchema = readerSchema;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.registry = AvroSerdeConfig.client(configs, registry);
        this.specific = AvroSerdeConfig.flag(configs, AvroSerdeConfig.SPECIFIC_AVRO_READER, false);
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (data.length < WireFormat.HEADER_LENGTH || data[0] != WireFormat.MAGIC_BYTE) {
            throw new SerializationException("record on topic '" + topic + "' is not in the registry wire format"
                    + " (expected magic byte 0 and a 4-byte schema id, got " + data.length + " bytes"
                    + (data.length > 0 ? " starting with " + data[0] : "") + ")");
        }
        ByteBuffer buffer = ByteBuffer.wrap(data);
        buffer.get();
        int id = buffer.getInt();
        try {
            DatumReader<T> reader = readers.computeIfAbsent(id, ignored -> reader(registry.schemaById(id)));
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(data, WireFormat.HEADER_LENGTH, data.length - WireFormat.HEADER_LENGTH, null);
            return reader.read(null, decoder);
        } catch (RuntimeException | IOException e) {
            throw new SerializationException("cannot deserialize record with schema id " + id + " on topic '" + topic + "': " + e.getMessage(), e);
        }
    }

    private DatumReader<T> reader(Schema writer) {
        if (specific) {
            Schema reader = readerSchema != null ? readerSchema : SpecificData.get().getSchema(SpecificData.get().getClass(writer));
            return new SpecificDatumReader<>(writer, reader);
        }
        return new GenericDatumReader<>(writer, readerSchema != null ? readerSchema : writer);
    }
}
