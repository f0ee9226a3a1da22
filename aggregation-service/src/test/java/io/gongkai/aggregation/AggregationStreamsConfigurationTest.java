package io.gongkai.aggregation;

import org.apache.kafka.streams.errors.MissingSourceTopicException;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;

import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

class AggregationStreamsConfigurationTest {

    @Test
    void missingOutcomeTopicsReplaceTheThreadAndTryAgain() {
        MissingSourceTopicException missing = new MissingSourceTopicException("One or more source topics were missing during rebalance");

        assertThat(AggregationStreamsConfiguration.onUncaught(missing)).isEqualTo(REPLACE_THREAD);
        assertThat(AggregationStreamsConfiguration.onUncaught(new StreamsException(missing))).isEqualTo(REPLACE_THREAD);
    }

    @Test
    void anyOtherFailureShutsTheClientDown() {
        assertThat(AggregationStreamsConfiguration.onUncaught(new StreamsException("broken"))).isEqualTo(SHUTDOWN_CLIENT);
    }
}
