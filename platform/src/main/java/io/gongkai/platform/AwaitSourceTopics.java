package io.gongkai.platform;

import org.apache.kafka.streams.errors.MissingSourceTopicException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka Streams service consumes topics that another service owns and creates, and may start first:
 * while its source topics are missing, a failed stream thread is replaced (and tries again) rather than
 * the application shut down. Any other uncaught error shuts the client down, and health reports it.
 */
public final class AwaitSourceTopics implements StreamsUncaughtExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(AwaitSourceTopics.class);

    @Override
    public StreamThreadExceptionResponse handle(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof MissingSourceTopicException) {
                log.warn("source topics not there yet (their owning service creates them); replacing the stream thread: {}", cause.getMessage());
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            }
        }
        log.error("stream thread failed; shutting Kafka Streams down", error);
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }
}
