package io.gongkai.schemas.registry;

import io.gongkai.events.ParsedReport;
import io.gongkai.schemas.SampleEvents;
import io.gongkai.schemas.TopicCatalog;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry round trip through a real topic, on the production images (apache/kafka and Apicurio
 * Registry) where a Docker engine runs. Skipped, with that reason, where none does.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainersRoundTripIT {

    private static final Network NETWORK = Network.newNetwork();

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2").withNetwork(NETWORK);

    @Container
    static final GenericContainer<?> REGISTRY = new GenericContainer<>("apicurio/apicurio-registry-mem:2.6.13.Final")
            .withNetwork(NETWORK)
            .withExposedPorts(8080)
            .waitingFor(Wait.forHttp("/apis/ccompat/v7/subjects").forStatusCode(200));

    @Test
    void parsedReportTravelsThroughATopicAndTheRegistry() throws Exception {
        String registryUrl = "http://" + REGISTRY.getHost() + ":" + REGISTRY.getMappedPort(8080) + "/apis/ccompat/v7";
        String topic = TopicCatalog.PARSED_REPORTS.name();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA.getBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1).configs(TopicCatalog.PARSED_REPORTS.config()))).all().get();
        }
        ParsedReport report = SampleEvents.parsedReport();
        Map<String, Object> serde = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registryUrl, AvroSerdeConfig.SPECIFIC_AVRO_READER, true);

        AvroSerializer<ParsedReport> serializer = new AvroSerializer<>();
        serializer.configure(serde, false);
        try (KafkaProducer<String, ParsedReport> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers()), new StringSerializer(), serializer)) {
            producer.send(new ProducerRecord<>(topic, report.getReportId(), report)).get();
        }

        AvroDeserializer<ParsedReport> deserializer = new AvroDeserializer<>();
        deserializer.configure(serde, false);
        try (KafkaConsumer<String, ParsedReport> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "containers-round-trip",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), deserializer)) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, ParsedReport>> records = new ArrayList<>();
            for (int attempt = 0; attempt < 30 && records.isEmpty(); attempt++) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            assertThat(records).singleElement().satisfies(record -> assertThat(record.value()).isEqualTo(report));
        }
    }
}
