package io.gongkai.schemas.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.RawReport;
import io.gongkai.localstack.LocalStack;
import io.gongkai.localstack.LocalStackExtension;
import io.gongkai.schemas.PublishedSchemas;
import io.gongkai.schemas.SampleEvents;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;

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

    /**
     * What a scraper in another language does: reads the published {@code .avsc} from the schemas artifact and looks it
     * up under the subject, sending the file as it is — and finds the schema that Java's generated class registered,
     * one version, no new one.
     */
    @Test
    void aClientLookingUpThePublishedAvscFindsTheSchemaJavaRegistered(LocalStack stack) throws Exception {
        String subject = topic + "-value";
        int registered = registry.register(subject, RawReport.getClassSchema());
        String avsc;
        try (InputStream file = getClass().getResourceAsStream("/" + PublishedSchemas.RESOURCE_DIRECTORY + "/"
                + PublishedSchemas.fileName("gongkai.reports.raw.v1-value"))) {
            assertThat(file).as("the published .avsc on the classpath").isNotNull();
            avsc = new String(file.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(avsc).doesNotContain("avro.java.string");

        HttpResponse<String> lookUp = post(stack.schemaRegistryUrl() + "/subjects/" + subject, avsc);
        HttpResponse<String> versions = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(stack.schemaRegistryUrl() + "/subjects/" + subject + "/versions")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(lookUp.statusCode()).as(lookUp.body()).isEqualTo(200);
        assertThat(lookUp.body()).contains("\"id\":" + registered);
        assertThat(versions.body()).isEqualTo("[1]");
    }

    /**
     * Stream threads and instances that start together serialize their first records together: each registers the
     * schema at the same moment, and each must get its id (Apicurio refuses all but one registration with 409).
     */
    @Test
    void serializersRegisteringTheSameSchemaAtOnceAllGetItsId(LocalStack stack) {
        for (int round = 0; round < 5; round++) {
            String concurrentTopic = LocalStackExtension.uniqueName("serde-race");
            CyclicBarrier together = new CyclicBarrier(4);
            List<CompletableFuture<Integer>> ids = IntStream.range(0, 4).mapToObj(thread -> CompletableFuture.supplyAsync(() -> {
                SchemaRegistryClient own = new SchemaRegistryClient(stack.schemaRegistryUrl());
                awaitAll(together);
                return own.register(concurrentTopic + "-value", ParsedReport.getClassSchema());
            })).toList();

            assertThat(ids.stream().map(CompletableFuture::join).distinct()).hasSize(1);
        }
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

    private static HttpResponse<String> post(String url, String schema) throws Exception {
        String body = "{\"schema\":" + new ObjectMapper().writeValueAsString(schema) + "}";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitAll(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
