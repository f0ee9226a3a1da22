package io.gongkai.platform.streams;

import io.gongkai.platform.PipelineMeters;
import io.gongkai.schemas.DeadLetterHeaders;
import io.gongkai.schemas.TopicSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes the dead letters of Kafka Streams' error handlers: the failed record's original key and bytes, its headers
 * and the cause ({@link DeadLetterHeaders}), to {@code <source topic>-dlt}; a record from an internal topic
 * (a repartition topic) goes to the application's {@value #FALLBACK_TOPIC_CONFIG}, its origin in the headers. The
 * write is synchronous and must succeed before the handler lets the stream go on, so a dead letter is never lost;
 * it is outside the stream's transaction, so a crash between the two may write it twice. One idempotent producer per
 * handler, configured from the Streams configuration.
 */
final class DeadLetterWriter {

    /** Streams configuration key: the dead-letter topic for records of the application's internal topics. */
    static final String FALLBACK_TOPIC_CONFIG = "gongkai.dead-letter.fallback-topic";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterWriter.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final Producer<byte[], byte[]> producer;
    private final String fallbackTopic;
    private final String applicationId;

    DeadLetterWriter(Producer<byte[], byte[]> producer, String applicationId, String fallbackTopic) {
        this.producer = producer;
        this.applicationId = applicationId;
        this.fallbackTopic = fallbackTopic;
    }

    /** A writer from the Streams configuration the handler was given. */
    static DeadLetterWriter configuredBy(Map<String, ?> streamsConfig) {
        Map<String, Object> config = new HashMap<>();
        for (Map.Entry<String, ?> entry : streamsConfig.entrySet()) {
            if (ProducerConfig.configNames().contains(entry.getKey())) {
                config.put(entry.getKey(), entry.getValue());
            }
        }
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, streamsConfig.get(StreamsConfig.APPLICATION_ID_CONFIG) + "-dead-letters");
        Object fallback = streamsConfig.get(FALLBACK_TOPIC_CONFIG);
        return new DeadLetterWriter(new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer()),
                String.valueOf(streamsConfig.get(StreamsConfig.APPLICATION_ID_CONFIG)),
                fallback == null ? null : fallback.toString());
    }

    /**
     * Writes one dead letter and waits for the broker's acknowledgement.
     *
     * @return false when it could not be written (then the stream must not go on past the record)
     */
    boolean write(String sourceTopic, int partition, long offset, byte[] key, byte[] value, Headers headers,
                  Exception error) {
        String origin = sourceTopic + "-" + partition + "@" + offset;
        String topic = deadLetterTopic(sourceTopic);
        if (topic == null) {
            log.error("no dead-letter topic for {} ({} not set); the record stays unprocessed", origin,
                    FALLBACK_TOPIC_CONFIG, error);
            return false;
        }
        Headers withCause = DeadLetterHeaders.withCause(headers, error, origin);
        try {
            producer.send(new ProducerRecord<>(topic, null, key, value, withCause))
                    .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            log.warn("dead letter from {} to {}: {}", origin, topic, error.toString());
            PipelineMeters.deadLetter(topic);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            log.error("could not write the dead letter of {} to {}", origin, topic, e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String deadLetterTopic(String sourceTopic) {
        boolean internal = sourceTopic.startsWith(applicationId + "-");
        return internal ? fallbackTopic : sourceTopic + TopicSpec.DEAD_LETTER_SUFFIX;
    }
}
