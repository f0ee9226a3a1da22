package io.gongkai.validation.streams;

import io.gongkai.schemas.ReportIds;
import io.gongkai.events.ParsedReport;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Decodes parsed-report bytes inside the topology, so that an undecodable record becomes a dead letter
 * in the same exactly-once transaction instead of stopping the application. A failed record keeps its
 * bytes and gains headers naming the exception, its message and stack trace, and where it came from.
 */
final class DecodeOrDeadLetter implements FixedKeyProcessor<String, byte[], Decoded> {

    static final String EXCEPTION_HEADER = "gongkai.dlt.exception";
    static final String MESSAGE_HEADER = "gongkai.dlt.exception.message";
    static final String STACKTRACE_HEADER = "gongkai.dlt.exception.stacktrace";
    static final String ORIGIN_HEADER = "gongkai.dlt.origin";

    private static final Logger log = LoggerFactory.getLogger(DecodeOrDeadLetter.class);

    private final Deserializer<ParsedReport> deserializer;
    private FixedKeyProcessorContext<String, Decoded> context;

    DecodeOrDeadLetter(Deserializer<ParsedReport> deserializer) {
        this.deserializer = deserializer;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Decoded> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        String topic = context.recordMetadata().map(metadata -> metadata.topic()).orElse("?");
        try {
            if (record.key() == null) {
                throw new IllegalArgumentException("a parsed report needs its reportId as the key");
            }
            ReportIds.year(record.key());
            context.forward(record.withValue(Decoded.of(deserializer.deserialize(topic, record.value()))));
        } catch (RuntimeException e) {
            String origin = context.recordMetadata()
                    .map(metadata -> metadata.topic() + "-" + metadata.partition() + "@" + metadata.offset()).orElse(topic);
            log.warn("dead letter from {}: {}", origin, e.getMessage());
            context.forward(record.withValue(Decoded.failed(record.value(), e)).withHeaders(errorHeaders(record.headers(), e, origin)));
        }
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
