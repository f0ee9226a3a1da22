package io.gongkai.platform.streams;

import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.annotation.KafkaStreamsDefaultConfiguration;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.mock.env.MockEnvironment;

import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class StreamsDefaultsTest {

    private final StreamsDefaults defaults = new StreamsDefaults(new MockEnvironment().withProperty("gongkai.instance-id", "validation-2"));

    @Test
    void bootsStreamsConfigurationGetsTheSharedSettingsAndKeepsItsOwn() {
        KafkaStreamsConfiguration boots = new KafkaStreamsConfiguration(Map.of(
                StreamsConfig.APPLICATION_ID_CONFIG, "gongkai-validation",
                StreamsConfig.NUM_STREAM_THREADS_CONFIG, "6"));

        Properties merged = ((KafkaStreamsConfiguration) defaults.postProcessAfterInitialization(boots,
                KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_CONFIG_BEAN_NAME)).asProperties();

        assertThat(merged)
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "gongkai-validation")
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "6")
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry("producer.linger.ms", StreamsDefaults.PRODUCER_LINGER_MS)
                .containsEntry(StreamsConfig.POLL_MS_CONFIG, StreamsDefaults.POLL_MS)
                .containsEntry(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class.getName())
                .containsEntry(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class.getName())
                .containsEntry("main.consumer.group.instance.id", "validation-2");
    }

    @Test
    void oneStreamThreadUnlessTheInstanceIsGivenMore() {
        KafkaStreamsConfiguration boots = new KafkaStreamsConfiguration(Map.of(StreamsConfig.APPLICATION_ID_CONFIG, "gongkai-validation"));

        assertThat(threads(defaults, boots)).isEqualTo(1);
        assertThat(threads(new StreamsDefaults(new MockEnvironment().withProperty("gongkai.stream-threads", "2")), boots)).isEqualTo(2);
    }

    private static Object threads(StreamsDefaults defaults, KafkaStreamsConfiguration boots) {
        return ((KafkaStreamsConfiguration) defaults.postProcessAfterInitialization(boots,
                KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_CONFIG_BEAN_NAME)).asProperties().get(StreamsConfig.NUM_STREAM_THREADS_CONFIG);
    }

    @Test
    void otherBeansPassUntouched() {
        KafkaStreamsConfiguration other = new KafkaStreamsConfiguration(Map.of(StreamsConfig.APPLICATION_ID_CONFIG, "x"));

        assertThat(defaults.postProcessAfterInitialization(other, "someOtherStreamsConfig")).isSameAs(other);
    }
}
