package io.gongkai.platform;

import org.apache.kafka.streams.errors.MissingSourceTopicException;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;

import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

class AwaitSourceTopicsTest {

    @Test
    void missingSourceTopicsReplaceTheThreadAndTryAgain() {
        MissingSourceTopicException missing = new MissingSourceTopicException("One or more source topics were missing during rebalance");

        assertThat(new AwaitSourceTopics().handle(missing)).isEqualTo(REPLACE_THREAD);
        assertThat(new AwaitSourceTopics().handle(new StreamsException(missing))).isEqualTo(REPLACE_THREAD);
    }

    @Test
    void anyOtherFailureShutsTheClientDown() {
        assertThat(new AwaitSourceTopics().handle(new StreamsException("broken"))).isEqualTo(SHUTDOWN_CLIENT);
    }
}
