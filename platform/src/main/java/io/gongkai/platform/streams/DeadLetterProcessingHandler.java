package io.gongkai.platform.streams;

import io.gongkai.platform.Faults;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

import java.util.Map;

/**
 * Kafka Streams' {@code processing.exception.handler}: a record whose processing throws becomes a dead letter (its
 * source record's original bytes, with the cause) and the stream goes on to the next record. A transient fault
 * ({@link io.gongkai.platform.Faults}) is no reason to give up on a record: the thread fails instead, is replaced
 * after a pause, and tries the record again.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {

    private DeadLetterWriter writer;

    @Override
    public void configure(Map<String, ?> configs) {
        writer = DeadLetterWriter.configuredBy(configs);
    }

    @Override
    public ProcessingHandlerResponse handle(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (Faults.isTransient(exception)) {
            return ProcessingHandlerResponse.FAIL;
        }
        boolean written = writer.write(context.topic(), context.partition(), context.offset(), context.sourceRawKey(),
                context.sourceRawValue(), context.headers(), exception);
        return written ? ProcessingHandlerResponse.CONTINUE : ProcessingHandlerResponse.FAIL;
    }
}
