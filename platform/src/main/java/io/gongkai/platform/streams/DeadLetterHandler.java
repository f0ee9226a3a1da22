package io.gongkai.platform.streams;

import io.gongkai.platform.Faults;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

import java.util.Map;

/**
 * Kafka Streams' {@code processing.exception.handler} and {@code deserialization.exception.handler}: a record whose
 * processing throws, or that a serde cannot decode (on the repartition and changelog topics; public topics are read
 * as bytes and decoded by {@link DeadLetters}), becomes a dead letter — its source record's original bytes, with the
 * cause — and the stream goes on to the next record. A transient fault ({@link Faults}: the registry not answering
 * while its schema cache is cold) is no reason to give up on a record: the thread fails instead, is replaced after a
 * pause, and tries the record again — never a terminal ERROR for a fault that passes.
 */
public final class DeadLetterHandler implements ProcessingExceptionHandler, DeserializationExceptionHandler {

    private DeadLetterWriter writer;

    @Override
    public void configure(Map<String, ?> configs) {
        writer = DeadLetterWriter.configuredBy(configs);
    }

    @Override
    public ProcessingHandlerResponse handle(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        return deadLettered(context.topic(), context.partition(), context.offset(), context.sourceRawKey(),
                context.sourceRawValue(), context, exception)
                ? ProcessingHandlerResponse.CONTINUE : ProcessingHandlerResponse.FAIL;
    }

    @Override
    public DeserializationHandlerResponse handle(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                                                 Exception exception) {
        return deadLettered(record.topic(), record.partition(), record.offset(), record.key(), record.value(),
                context, exception)
                ? DeserializationHandlerResponse.CONTINUE : DeserializationHandlerResponse.FAIL;
    }

    /** Whether the record went to its dead-letter topic: not for a transient fault, nor when the write failed. */
    private boolean deadLettered(String topic, int partition, long offset, byte[] key, byte[] value,
                                 ErrorHandlerContext context, Exception exception) {
        return !Faults.isTransient(exception)
                && writer.write(topic, partition, offset, key, value, context.headers(), exception);
    }
}
