package io.gongkai.ingest;

import io.gongkai.platform.GongkaiProperties;
import io.gongkai.schemas.DeadLetterHeaders;
import io.gongkai.schemas.registry.AvroSerializer;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import org.apache.avro.specific.SpecificRecord;
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
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kafka wiring of ingest. One transactional producer writes Avro events, String index entries and the
 * raw bytes of dead letters. A raw record that fails for a reason of its own goes to
 * {@code gongkai.reports.raw.v1-dlt} exactly as it came, with the cause in the headers every gongkai dead letter
 * carries ({@link DeadLetterHeaders}) — the listener sends it there itself, in its poll's transaction
 * ({@link RawReportListener}). A poll rolled back — only a fault that is not its records' does that: the registry or
 * the broker not answering ({@link io.gongkai.platform.Faults}), or a failure to publish — is fetched again after a
 * pause, as often as it takes.
 */
@Configuration(proxyBeanMethods = false)
class IngestKafkaConfiguration {

    @Bean
    DefaultKafkaProducerFactoryCustomizer valueSerializerByType(GongkaiProperties properties) {
        return factory -> factory.setValueSerializerSupplier(() -> valueSerializer(properties.schemaRegistryUrl()));
    }

    /** Sends a raw record to its dead-letter topic, bytes and headers as they came, plus the cause. */
    @Bean
    DeadLetterPublishingRecoverer rawDeadLetters(KafkaTemplate<Object, Object> kafka) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka);
        recoverer.excludeHeader(DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.values());
        recoverer.addHeadersFunction((record, error) -> DeadLetterHeaders.withCause(new RecordHeaders(), error,
                record.topic() + "-" + record.partition() + "@" + record.offset()));
        return recoverer;
    }

    /**
     * After a poll's transaction rolled back: seek back to the poll's first records and pause, 1 s doubling to 30 s,
     * without end — so the recoverer, which a processor must have, is never reached: nothing good is dead-lettered
     * because the registry or the broker was away.
     */
    @Bean
    AfterRollbackProcessor<Object, Object> retryThePollUntilItPasses(DeadLetterPublishingRecoverer rawDeadLetters,
                                                                      KafkaTemplate<Object, Object> kafka) {
        return new DefaultAfterRollbackProcessor<>(rawDeadLetters, untilItPasses(), kafka, true);
    }

    /** The pause before each new try of a poll held up by a transient fault: 1 s doubling to 30 s, without end. */
    private static BackOff untilItPasses() {
        ExponentialBackOff backOff = new ExponentialBackOff(1_000L, 2.0);
        backOff.setMaxInterval(30_000L);
        return backOff;
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
