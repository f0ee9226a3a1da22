package io.gongkai.schemas;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterHeadersTest {

    @Test
    void theMessageHeaderGivesTheReasonInOneLineEvenBehindAWrapper() {
        Exception reason = new SerializationException("record on topic 't' is not in the registry wire format\n(expected magic byte 0)");
        Exception wrapper = new IllegalStateException("listener failed", reason);

        String message = new String(DeadLetterHeaders.withCause(new RecordHeaders(), wrapper, "t-0@7")
                .lastHeader(DeadLetterHeaders.MESSAGE).value(), StandardCharsets.UTF_8);

        assertThat(message).isEqualTo("listener failed: record on topic 't' is not in the registry wire format (expected magic byte 0)");
    }

    @Test
    void aCauseThatAddsNothingIsNotRepeated() {
        Exception cause = new IllegalArgumentException("header 'fetched-at' is 'yesterday'");
        Exception same = new IllegalStateException("header 'fetched-at' is 'yesterday'", cause);

        assertThat(DeadLetterHeaders.oneLine(same)).isEqualTo("header 'fetched-at' is 'yesterday'");
        assertThat(DeadLetterHeaders.oneLine(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
