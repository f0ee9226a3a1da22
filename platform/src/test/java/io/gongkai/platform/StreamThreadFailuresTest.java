package io.gongkai.platform;

import io.gongkai.schemas.registry.SchemaRegistryException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.errors.MissingSourceTopicException;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

class StreamThreadFailuresTest {

    private final StreamThreadFailures failures = new StreamThreadFailures(Duration.ZERO,
            Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void missingSourceTopicsReplaceTheThreadAsOftenAsItTakes() {
        MissingSourceTopicException missing = new MissingSourceTopicException("gongkai.reports.parsed.v1 is missing");
        for (int i = 0; i < 2 * StreamThreadFailures.MOST_FAILURES; i++) {
            assertThat(failures.handle(new StreamsException(missing))).isEqualTo(REPLACE_THREAD);
        }
    }

    @Test
    void aRegistryThatDoesNotAnswerIsAPassingFaultNotAnEnd() {
        SerializationException cold = new SerializationException("cannot deserialize record with schema id 7",
                new SchemaRegistryException("cannot fetch schema 7: registry unreachable", new java.net.ConnectException()));
        SerializationException failing = new SerializationException("cannot deserialize",
                new SchemaRegistryException("cannot fetch schema 7: registry answered 503", 503));
        for (int i = 0; i < 2 * StreamThreadFailures.MOST_FAILURES; i++) {
            assertThat(failures.handle(new StreamsException(cold))).isEqualTo(REPLACE_THREAD);
            assertThat(failures.handle(new StreamsException(failing))).isEqualTo(REPLACE_THREAD);
        }
    }

    @Test
    void otherFailuresReplaceTheThreadUntilTheyKeepComing() {
        for (int i = 1; i < StreamThreadFailures.MOST_FAILURES; i++) {
            assertThat(failures.handle(new StreamsException("broken"))).isEqualTo(REPLACE_THREAD);
        }
        assertThat(failures.handle(new StreamsException("broken"))).isEqualTo(SHUTDOWN_CLIENT);
    }

    @Test
    void aRegistryRefusalIsNoPassingFault() {
        assertThat(Faults.isTransient(new SchemaRegistryException("schema 7 not found", 404))).isFalse();
        assertThat(Faults.isTransient(new SerializationException("not in the registry wire format"))).isFalse();
        assertThat(Faults.isTransient(new SchemaRegistryException("registry answered 429", 429))).isTrue();
    }
}
