package io.gongkai.aggregation;

import io.gongkai.aggregation.console.ConsoleEvents;
import io.gongkai.aggregation.monitoring.MonitoringIndex;
import io.gongkai.aggregation.monitoring.MonitoringReadModel;
import io.gongkai.aggregation.monitoring.MonitoringStreams;
import io.gongkai.aggregation.monitoring.MonitoringTopology;
import io.gongkai.aggregation.monitoring.ReviewRecorder;
import io.gongkai.platform.GongkaiProperties;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.registry.AvroSerializer;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;

/**
 * The monitoring read model in this service: its own Streams application of global stores ({@link MonitoringStreams}),
 * the index they feed, the console's live events, and the review producer (Avro values on the registry).
 */
@Configuration(proxyBeanMethods = false)
class MonitoringConfiguration {

    @Bean
    MonitoringIndex monitoringIndex() {
        return new MonitoringIndex();
    }

    @Bean
    MonitoringStreams monitoringStreams(MonitoringIndex index, GongkaiProperties gongkai, KafkaStreamsConfiguration aggregation,
                                        MeterRegistry meters) {
        SchemaRegistryClient registry = SchemaRegistryClient.forUrl(gongkai.schemaRegistryUrl());
        StreamsBuilder builder = new StreamsBuilder();
        MonitoringTopology.define(builder, index, registry);
        return new MonitoringStreams(builder.build(), MonitoringTopology.SOURCE_TOPICS, aggregation.asProperties(), meters);
    }

    @Bean
    MonitoringReadModel monitoringReadModel(MonitoringStreams streams, MonitoringIndex index, GongkaiProperties gongkai) {
        SchemaRegistryClient registry = SchemaRegistryClient.forUrl(gongkai.schemaRegistryUrl());
        return new MonitoringReadModel(streams::streams, index, TopicCatalog.PARSED_REPORTS.valueSerde(registry).deserializer());
    }

    /** The producer's values are Avro records, registered under their topic's subject. */
    @Bean
    DefaultKafkaProducerFactoryCustomizer avroReviews(GongkaiProperties gongkai) {
        return factory -> factory.setValueSerializerSupplier(() -> avroSerializer(gongkai.schemaRegistryUrl()));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Serializer avroSerializer(String registryUrl) {
        return new AvroSerializer<SpecificRecord>(SchemaRegistryClient.forUrl(registryUrl));
    }

    @Bean(destroyMethod = "close")
    ConsoleEvents consoleEvents(MonitoringIndex index) {
        return new ConsoleEvents(index);
    }

    @Bean
    ReviewRecorder reviewRecorder(KafkaTemplate<String, Object> kafka, MonitoringReadModel model) {
        return new ReviewRecorder(kafka, model, Clock.systemUTC());
    }
}
