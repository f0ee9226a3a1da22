package io.gongkai.schemas.registry;

import io.gongkai.events.ParsedReport;
import io.gongkai.localstack.LocalStack;
import io.gongkai.localstack.LocalStackExtension;
import io.gongkai.schemas.SampleEvents;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.ByteBuffer;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The serde against a real registry (Apicurio, Confluent API). */
@ExtendWith(LocalStackExtension.class)
class AvroSerdeIT {

    private static final Schema PROBE_V1 = new Schema.Parser().parse("""
            {"type": "record", "name": "Probe", "namespace": "io.gongkai.test", "fields": [
              {"name": "id", "type": "string"}]}""");
    private static final Schema PROBE_V2 = new Schema.Parser().parse("""
            {"type": "record", "name": "Probe", "namespace": "io.gongkai.test", "fields": [
              {"name": "id", "type": "string"},
              {"name": "note", "type": ["null", "string"], "default": null}]}""");
    private static final Schema PROBE_INCOMPATIBLE = new Schema.Parser().parse("""
            {"type": "record", "name": "Probe", "namespace": "io.gongkai.test", "fields": [
              {"name": "id", "type": "string"},
              {"name": "count", "type": "int"}]}""");

    private SchemaRegistryClient registry;
    private String topic;

    @BeforeEach
    void setUp(LocalStack stack) {
        registry = new SchemaRegistryClient(stack.schemaRegistryUrl());
        topic = LocalStackExtension.uniqueName("serde-it");
    }

    @Test
    void parsedReportRoundTripsThroughTheRegistryInTheConfluentWireFormat(LocalStack stack) {
        Map<String, Object> config = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl());
        AvroSerde<ParsedReport> serde = new AvroSerde<>();
        serde.configure(config, false);
        ParsedReport report = SampleEvents.parsedReport();

        byte[] bytes = serde.serializer().serialize(topic, report);

        ByteBuffer header = ByteBuffer.wrap(bytes);
        assertThat(header.get()).isEqualTo((byte) 0);
        assertThat(header.getInt()).isEqualTo(registry.lookUp(topic + "-value", ParsedReport.getClassSchema()));
        assertThat(serde.deserializer().deserialize(topic, bytes)).isEqualTo(report);
    }

    @Test
    void oldReaderReadsWhatANewWriterWrote() {
        registry.register(topic + "-value", PROBE_V1);
        registry.setCompatibility(topic + "-value", SchemaRegistryClient.BACKWARD_TRANSITIVE);
        GenericRecord written = new GenericRecordBuilder(PROBE_V2).set("id", "a").set("note", "added later").build();

        byte[] bytes = new AvroSerializer<GenericRecord>(registry).serialize(topic, written);
        GenericRecord read = new AvroDeserializer<GenericRecord>(registry, false, PROBE_V1).deserialize(topic, bytes);

        assertThat(read.getSchema()).isEqualTo(PROBE_V1);
        assertThat(read.get("id")).hasToString("a");
    }

    @Test
    void newReaderReadsWhatAnOldWriterWroteWithTheDefault() {
        GenericRecord written = new GenericRecordBuilder(PROBE_V1).set("id", "b").build();

        byte[] bytes = new AvroSerializer<GenericRecord>(registry).serialize(topic, written);
        registry.setCompatibility(topic + "-value", SchemaRegistryClient.BACKWARD_TRANSITIVE);
        registry.register(topic + "-value", PROBE_V2);
        GenericRecord read = new AvroDeserializer<GenericRecord>(registry, false, PROBE_V2).deserialize(topic, bytes);

        assertThat(read.get("id")).hasToString("b");
        assertThat(read.get("note")).isNull();
    }

    @Test
    void incompatibleChangeIsRefusedNamingTheSubject() {
        registry.register(topic + "-value", PROBE_V1);
        registry.setCompatibility(topic + "-value", SchemaRegistryClient.BACKWARD_TRANSITIVE);
        assertThat(registry.compatibility(topic + "-value")).isEqualTo(SchemaRegistryClient.BACKWARD_TRANSITIVE);
        GenericData.Record incompatible = new GenericRecordBuilder(PROBE_INCOMPATIBLE).set("id", "c").set("count", 1).build();

        assertThatThrownBy(() -> new AvroSerializer<GenericRecord>(registry).serialize(topic, incompatible))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("'" + topic + "-value'")
                .hasMessageContaining("409");
    }

    @Test
    void bytesNotInTheWireFormatFailNamingTheTopic() {
        AvroDeserializer<GenericRecord> deserializer = new AvroDeserializer<>(registry, false, null);

        assertThatThrownBy(() -> deserializer.deserialize(topic, "not avro".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("'" + topic + "'")
                .hasMessageContaining("magic byte");
    }
}
