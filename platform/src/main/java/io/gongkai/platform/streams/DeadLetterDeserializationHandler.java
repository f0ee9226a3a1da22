package io.gongkai.platform.streams;

import io.gongkai.platform.Faults;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

import java.util.Map;

/**
 * Kafka Streams' {@code deserialization.exception.handler}, for the topics a topology reads through a serde (its
 * repartition and changelog topics; public topics are read as bytes and decoded by {@link DeadLetters}): a record
 * that cannot be decoded becomes a dead letter and the stream goes on; a transient fault (the registry not
 * answering while its schema cache is cold) fails the thread, which is replaced after a pause and tries again —
 * never a terminal ERROR for a fault that passes.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {

    private DeadLetterWriter writer;

    @Override
    public void configure(Map<String, ?> configs) {
        writer = DeadLetterWriter.configuredBy(configs);
    }

    @Override
    public DeserializationHandlerResponse handle(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                                                 Exception exception) {
        if (Faults.isTransient(exception)) {
            return DeserializationHandlerResponse.FAIL;
        }
        boolean written = writer.write(record.topic(), record.partition(), record.offset(), record.key(),
                record.value(), record.headers(), exception);
        return written ? DeserializationHandlerResponse.CONTINUE : DeserializationHandlerResponse.FAIL;
    }
}
