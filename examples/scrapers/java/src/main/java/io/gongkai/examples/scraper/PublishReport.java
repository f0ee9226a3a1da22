package io.gongkai.examples.scraper;

import io.gongkai.events.RawReport;
import io.gongkai.schemas.registry.AvroSerdeConfig;
import io.gongkai.schemas.registry.AvroSerializer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Publishes one document to {@code gongkai.reports.raw.v1} as a Java scraper does (docs/scrapers.md): a
 * {@link RawReport} keyed by its source id, in the registry's Avro, with plain {@code kafka-clients}.
 *
 * <pre>
 * KAFKA_BOOTSTRAP_SERVERS=… SCHEMA_REGISTRY_URL=… [KAFKA_USERNAME=scraper KAFKA_PASSWORD=…] \
 *   java -cp … io.gongkai.examples.scraper.PublishReport SOURCE_ID FILE [CONTENT_TYPE]
 * </pre>
 */
public final class PublishReport {

    /** The raw topic: RawReports keyed by source id. */
    public static final String RAW_TOPIC = "gongkai.reports.raw.v1";
    /** A RawReport may hold a document of 16 MiB: the producer's default request size (1 MiB) would refuse it. */
    static final int MAX_REQUEST_BYTES = 17 * 1024 * 1024;

    private PublishReport() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: PublishReport SOURCE_ID FILE [CONTENT_TYPE]");
            System.exit(2);
        }
        RecordMetadata sent = publish(connection(System.getenv()), args[0], Path.of(args[1]), args.length > 2 ? args[2] : null);
        System.out.println("sent " + args[0] + " to " + sent.topic() + "-" + sent.partition() + "@" + sent.offset());
    }

    /**
     * Sends the document and returns once the broker has it. The producer looks the schema up and never registers one:
     * gongkai's services registered it.
     *
     * @param connection bootstrap servers, the SASL login where the cluster has logins, and {@code schema.registry.url}
     */
    public static RecordMetadata publish(Map<String, Object> connection, String sourceId, Path file, String contentType)
            throws Exception {
        Map<String, Object> config = new HashMap<>(connection);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_REQUEST_BYTES);
        config.put(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false);
        RawReport report = RawReport.newBuilder()
                .setSourceId(sourceId)
                .setContent(ByteBuffer.wrap(Files.readAllBytes(file)))
                .setContentType(contentType)
                .setFileName(file.getFileName().toString())
                .setFetchedAt(Instant.now())
                .build();
        try (KafkaProducer<String, RawReport> producer = new KafkaProducer<>(config, new StringSerializer(), serializer(config))) {
            return producer.send(new ProducerRecord<>(RAW_TOPIC, sourceId, report)).get();
        }
    }

    /** The connection that {@link #publish} takes, from the environment variables the other examples read too. */
    public static Map<String, Object> connection(Map<String, String> environment) {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, environment.get("KAFKA_BOOTSTRAP_SERVERS"));
        config.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL, environment.get("SCHEMA_REGISTRY_URL"));
        String user = environment.get("KAFKA_USERNAME");
        if (user != null && !user.isEmpty()) {
            config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
            config.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
            config.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                    + user + "\" password=\"" + environment.get("KAFKA_PASSWORD") + "\";");
        }
        return config;
    }

    private static AvroSerializer<RawReport> serializer(Map<String, Object> config) {
        AvroSerializer<RawReport> serializer = new AvroSerializer<>();
        serializer.configure(config, false);
        return serializer;
    }
}
