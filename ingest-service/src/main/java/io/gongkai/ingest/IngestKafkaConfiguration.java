package io.gongkai.ingest;

import io.gongkai.platform.GongkaiProperties;
import io.gongkai.schemas.registry.AvroSerializer;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.util.backoff.FixedBackOff;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kafka wiring of ingest. One transactional producer writes Avro events, String index entries and the
 * raw bytes of dead letters. A raw record that fails — undecodable, or failing twice more after a
 * rollback — goes to {@code gongkai.reports.raw.v1-dlt} with the error in headers, and the consumer
 * carries on with the next record.
 */
@Configuration(proxyBeanMethods = false)
class IngestKafkaConfiguration {

    @Bean
    DefaultKafkaProducerFactoryCustomizer valueSerializerByType(GongkaiProperties properties) {
        return factory -> factory.setValueSerializerSupplier(() -> valueSerializer(properties.schemaRegistryUrl()));
    }

    @Bean
    AfterRollbackProcessor<Object, Object> deadLetterAfterRollback(KafkaTemplate<Object, Object> kafka) {
        return new DefaultAfterRollbackProcessor<>(new DeadLetterPublishingRecoverer(kafka), new FixedBackOff(500L, 2L), kafka, true);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Serializer valueSerializer(String registryUrl) {
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(SpecificRecord.class, new AvroSerializer<SpecificRecord>(SchemaRegistryClient.forUrl(registryUrl)));
        byType.put(String.class, new StringSerializer());
        byType.put(byte[].class, new ByteArraySerializer());
        return new DelegatingByTypeSerializer(byType, true);
    }
}
