package io.gongkai.aggregation.streams;

import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.ValidationOutcome;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Decodes outcome bytes inside the topology, so that a record that cannot be taken becomes a dead letter
 * in the same exactly-once transaction instead of stopping the application. Taken: a tombstone, or an
 * outcome in the registry wire format whose reportId is the key and whose status is the topic's. A failed
 * record keeps its key and bytes and gains headers naming the exception, its message and stack trace, and
 * where it came from.
 */
final class DecodeOutcome implements FixedKeyProcessor<String, byte[], DecodedOutcome> {

    static final String EXCEPTION_HEADER = "gongkai.dlt.exception";
    static final String MESSAGE_HEADER = "gongkai.dlt.exception.message";
    static final String STACKTRACE_HEADER = "gongkai.dlt.exception.stacktrace";
    static final String ORIGIN_HEADER = "gongkai.dlt.origin";

    private static final Logger log = LoggerFactory.getLogger(DecodeOutcome.class);

    private final OutcomeStatus topicStatus;
    private final Deserializer<ValidationOutcome> deserializer;
    private FixedKeyProcessorContext<String, DecodedOutcome> context;

    /** Decodes the records of the topic that holds outcomes of {@code topicStatus}. */
    DecodeOutcome(OutcomeStatus topicStatus, Deserializer<ValidationOutcome> deserializer) {
        this.topicStatus = topicStatus;
        this.deserializer = deserializer;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, DecodedOutcome> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse("?");
        try {
            context.forward(record.withValue(DecodedOutcome.of(topicStatus, decode(topic, record))));
        } catch (RuntimeException e) {
            String origin = context.recordMetadata()
                    .map(metadata -> metadata.topic() + "-" + metadata.partition() + "@" + metadata.offset()).orElse(topic);
            log.warn("dead letter from {}: {}", origin, e.getMessage());
            context.forward(record.withValue(DecodedOutcome.failed(topicStatus, record.value(), e))
                    .withHeaders(errorHeaders(record.headers(), e, origin)));
        }
    }

    private ValidationOutcome decode(String topic, FixedKeyRecord<String, byte[]> record) {
        if (record.key() == null) {
            throw new IllegalArgumentException("an outcome needs its reportId as the key");
        }
        ValidationOutcome outcome = deserializer.deserialize(topic, record.value());
        if (outcome != null && !record.key().equals(outcome.getReportId())) {
            throw new IllegalArgumentException("key " + record.key() + " is not the outcome's reportId " + outcome.getReportId());
        }
        if (outcome != null && outcome.getStatus() != topicStatus) {
            throw new IllegalArgumentException("a " + outcome.getStatus() + " outcome on the topic of " + topicStatus + " outcomes");
        }
        return outcome;
    }

    private static Headers errorHeaders(Headers original, Exception error, String origin) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        Headers headers = new RecordHeaders(original.toArray());
        headers.add(EXCEPTION_HEADER, error.getClass().getName().getBytes(StandardCharsets.UTF_8));
        headers.add(MESSAGE_HEADER, String.valueOf(error.getMessage()).getBytes(StandardCharsets.UTF_8));
        headers.add(STACKTRACE_HEADER, trace.toString().getBytes(StandardCharsets.UTF_8));
        headers.add(ORIGIN_HEADER, origin.getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
