package io.gongkai.platform.streams;

import io.gongkai.platform.Faults;
import io.gongkai.platform.PipelineMeters;
import io.gongkai.schemas.DeadLetterHeaders;
import io.gongkai.schemas.TopicSpec;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * Poison records in a Kafka Streams topology: the source is read as bytes and decoded inside the
 * topology, so that a record that cannot be taken becomes a dead letter in {@code <topic>-dlt} within the
 * same exactly-once transaction, instead of stopping the application. A dead letter keeps its key and
 * bytes and gains the headers of {@link DeadLetterHeaders}: the cause, and where it came from. A
 * transient fault ({@link Faults}: the registry not answering) is not the record's: it fails the thread,
 * which is replaced and tries the record again ({@link io.gongkai.platform.StreamThreadFailures}).
 */
public final class DeadLetters {


    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {
    }

    /** Turns a record's bytes into a value (null for a tombstone), or throws a RuntimeException saying why it cannot be taken. */
    @FunctionalInterface
    public interface Decoder<T> {
        T decode(String topic, String key, byte[] bytes);
    }

    /**
     * The decoded values of {@code source} (a stream of {@code topic} read as bytes); records that fail to
     * decode go to the topic's dead-letter topic. Processors are named after {@code name}.
     */
    public static <T> KStream<String, T> decode(KStream<String, byte[]> source, Decoder<T> decoder, TopicSpec<?, ?> topic, String name) {
        KStream<String, Decoding<T>> decoded = source.processValues(() -> new DecodeOrDeadLetter<>(decoder), Named.as("decode-" + name));
        decoded.filter((key, value) -> value.error() != null, Named.as(name + "-undecodable"))
                .mapValues(Decoding::bytes, Named.as(name + "-original-bytes"))
                .to(topic.deadLetter().name(), Produced.with(Serdes.String(), Serdes.ByteArray()).withName(name + "-dead-letters"));
        return decoded.filter((key, value) -> value.error() == null, Named.as(name + "-decodable"))
                .mapValues(Decoding::value, Named.as(name + "-decoded"));
    }

    /** A record after decoding: its value, or its bytes and why they could not be decoded. */
    record Decoding<T>(T value, byte[] bytes, Exception error) {
    }

    private static final class DecodeOrDeadLetter<T> implements FixedKeyProcessor<String, byte[], Decoding<T>> {

        private final Decoder<T> decoder;
        private FixedKeyProcessorContext<String, Decoding<T>> context;

        DecodeOrDeadLetter(Decoder<T> decoder) {
            this.decoder = decoder;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, Decoding<T>> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, byte[]> record) {
            String topic = context.recordMetadata().map(metadata -> metadata.topic()).orElse("?");
            try {
                context.forward(record.withValue(new Decoding<>(decoder.decode(topic, record.key(), record.value()), null, null)));
            } catch (RuntimeException e) {
                if (Faults.isTransient(e)) {
                    throw e;
                }
                String origin = context.recordMetadata()
                        .map(metadata -> metadata.topic() + "-" + metadata.partition() + "@" + metadata.offset()).orElse(topic);
                log.warn("dead letter from {}: {}", origin, e.getMessage());
                PipelineMeters.deadLetter(topic + TopicSpec.DEAD_LETTER_SUFFIX);
                context.forward(record.withValue(new Decoding<T>(null, record.value(), e)).withHeaders(DeadLetterHeaders.withCause(record.headers(), e, origin)));
            }
        }
    }
}
