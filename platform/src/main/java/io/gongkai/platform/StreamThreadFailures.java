package io.gongkai.platform;

import org.apache.kafka.streams.errors.MissingSourceTopicException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What becomes of a Kafka Streams thread that failed. A fault that passes — source topics another service has not
 * created yet, the registry or the broker unreachable ({@link Faults#isTransient}) — never ends the application: the
 * thread is replaced after a pause, and the replacement picks up from the last commit. Any other failure replaces the
 * thread too, unless threads keep failing so ({@value #MOST_FAILURES} times within {@link #WINDOW}): then the client
 * shuts down and health reports it, for the orchestrator to restart the service. Poison records never get here:
 * they become dead letters.
 */
public final class StreamThreadFailures implements StreamsUncaughtExceptionHandler {

    static final int MOST_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(StreamThreadFailures.class);

    private final Duration pause;
    private final Clock clock;
    private final Deque<Instant> failures = new ArrayDeque<>();

    /** Pausing two seconds before a transient fault's replacement thread starts. */
    public StreamThreadFailures() {
        this(Duration.ofSeconds(2), Clock.systemUTC());
    }

    StreamThreadFailures(Duration pause, Clock clock) {
        this.pause = pause;
        this.clock = clock;
    }

    @Override
    public StreamThreadExceptionResponse handle(Throwable error) {
        if (isMissingSourceTopic(error) || Faults.isTransient(error)) {
            log.warn("stream thread stopped by a passing fault; replacing it in {}: {}", pause, error.toString());
            sleep();
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        }
        synchronized (failures) {
            Instant now = clock.instant();
            failures.addLast(now);
            while (failures.peekFirst().isBefore(now.minus(WINDOW))) {
                failures.removeFirst();
            }
            if (failures.size() >= MOST_FAILURES) {
                log.error("stream threads failed {} times within {}; shutting Kafka Streams down", failures.size(),
                        WINDOW, error);
                return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            }
        }
        log.error("stream thread failed; replacing it", error);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    private static boolean isMissingSourceTopic(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof MissingSourceTopicException) {
                return true;
            }
        }
        return false;
    }

    private void sleep() {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
