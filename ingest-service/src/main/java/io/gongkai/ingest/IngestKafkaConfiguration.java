package io.gongkai.ingest;

import io.gongkai.platform.Faults;
import io.gongkai.platform.GongkaiProperties;
import io.gongkai.schemas.DeadLetterHeaders;
import io.gongkai.schemas.registry.AvroSerializer;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
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
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kafka wiring of ingest. One transactional producer writes Avro events, String index entries and the
 * raw bytes of dead letters. A raw record that fails for a reason of its own — undecodable at once, or
 * failing twice more after a rollback — goes to {@code gongkai.reports.raw.v1-dlt} exactly as it came,
 * with the cause in the headers every gongkai dead letter carries ({@link DeadLetterHeaders}), and
 * the consumer carries on with the next record. A transient fault ({@link Faults}: the registry or the
 * broker not answering) is never the record's: it is retried with a growing pause, as long as it takes.
 */
@Configuration(proxyBeanMethods = false)
class IngestKafkaConfiguration {

    @Bean
    DefaultKafkaProducerFactoryCustomizer valueSerializerByType(GongkaiProperties properties) {
        return factory -> factory.setValueSerializerSupplier(() -> valueSerializer(properties.schemaRegistryUrl()));
    }

    @Bean
    AfterRollbackProcessor<Object, Object> deadLetterAfterRollback(KafkaTemplate<Object, Object> kafka) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka);
        recoverer.excludeHeader(DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.values());
        recoverer.addHeadersFunction((record, error) -> DeadLetterHeaders.withCause(new RecordHeaders(), rootOf(error),
                record.topic() + "-" + record.partition() + "@" + record.offset()));
        DefaultAfterRollbackProcessor<Object, Object> processor = new DefaultAfterRollbackProcessor<>(recoverer,
                new FixedBackOff(500L, 2L), kafka, true);
        processor.setBackOffFunction((record, error) -> Faults.isTransient(error) ? untilItPasses()
                : isUndecodable(error) ? new FixedBackOff(0L, 0L) : null);
        return processor;
    }

    /** The pause before each new try of a record held up by a transient fault: 1 s doubling to 30 s, without end. */
    private static BackOff untilItPasses() {
        ExponentialBackOff backOff = new ExponentialBackOff(1_000L, 2.0);
        backOff.setMaxInterval(30_000L);
        return backOff;
    }

    /** A record that cannot be decoded will not decode on a second try: straight to the dead-letter topic. */
    private static boolean isUndecodable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SerializationException) {
                return true;
            }
        }
        return false;
    }

    /** The error a listener threw, without the container's wrapping. */
    private static Exception rootOf(Exception error) {
        return error instanceof ListenerExecutionFailedException && error.getCause() instanceof Exception cause
                ? cause : error;
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
