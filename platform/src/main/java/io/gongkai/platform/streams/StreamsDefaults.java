package io.gongkai.platform.streams;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.kafka.annotation.KafkaStreamsDefaultConfiguration;
import org.springframework.kafka.config.KafkaStreamsConfiguration;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Kafka Streams settings every gongkai Streams service runs with, in one place; a service's own
 * {@code spring.kafka.streams.*} (its application id, its dead-letter fallback topic, …) adds to them and wins
 * where both speak. Applied to the configuration Boot builds, so Boot's own rules (bootstrap servers, the
 * application id from {@code spring.application.name}) stay Boot's.
 */
public final class StreamsDefaults implements BeanPostProcessor {

    /** How often a stream thread commits; also how often aggregation sends its summed deltas on. */
    public static final long COMMIT_INTERVAL_MS = 50;
    /** How long a stream thread's producer holds a record back to batch it (Streams' own default is 100 ms). */
    public static final int PRODUCER_LINGER_MS = 5;
    /** How long a stream thread waits in a poll that finds no record (Streams' own default is 100 ms). */
    public static final long POLL_MS = 10;

    private final Environment environment;

    public StreamsDefaults(Environment environment) {
        this.environment = environment;
    }

    /**
     * <ul>
     *   <li>{@code exactly_once_v2}: outputs, state and offsets commit together;</li>
     *   <li>{@code threads} stream threads ({@code gongkai.stream-threads}, {@code GONGKAI_STREAM_THREADS}; one by
     *       default): one thread runs all of an instance's tasks and commits them in one transaction an interval. Each
     *       thread has its own transactions, fetches and producer; on a 2-core machine that runs the broker and the
     *       three services, one thread a service instead of three cut the CPU a report of the whole pipeline by a third
     *       (the broker's by a third, validation's and aggregation's by 30–40 %). Scale out with instances, or raise it
     *       up to the instance's partitions where the instance has cores of its own;</li>
     *   <li>a commit every {@value #COMMIT_INTERVAL_MS} ms (exactly-once's default is 100): under exactly-once a record
     *       is seen downstream only once its transaction commits, and a report passes three commits in series
     *       (validation, aggregation's repartition, its totals) before it is in a total;</li>
     *   <li>a poll that finds nothing returns after {@value #POLL_MS} ms: a thread commits only between polls, so with
     *       Streams' 100 ms a due commit waited in the poll for the next record to arrive. At 100 reports/s this cut the
     *       time from aggregation's deltas being sent on to their totals being readable from p90 ~170 / p99 ~230 ms
     *       to ~125 / ~150; an idle thread pays for it with a hundred empty polls a second;</li>
     *   <li>a producer linger of {@value #PRODUCER_LINGER_MS} ms: a commit flushes its thread's tasks one after another
     *       and waits for each one's sends, so what a thread produces goes out while it goes on processing, not all at
     *       the commit;</li>
     *   <li>{@link DeadLetterHandler} for processing and decoding: a record that fails for a reason of its own becomes
     *       a dead letter and the stream goes on; a transient fault fails the thread, which is replaced and tries again;</li>
     *   <li>static membership ({@code main.consumer.group.instance.id} = the instance id): a restarted instance takes its
     *       partitions back at once instead of waiting for its dead predecessor's session to time out; a dead instance
     *       that stays dead is noticed after 15 s.</li>
     * </ul>
     */
    public static Map<String, Object> of(String instanceId, int threads) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        defaults.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        defaults.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL_MS);
        defaults.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), PRODUCER_LINGER_MS);
        defaults.put(StreamsConfig.POLL_MS_CONFIG, POLL_MS);
        defaults.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class.getName());
        defaults.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class.getName());
        defaults.put(StreamsConfig.mainConsumerPrefix("group.instance.id"), instanceId);
        defaults.put(StreamsConfig.mainConsumerPrefix("session.timeout.ms"), 15000);
        defaults.put(StreamsConfig.mainConsumerPrefix("heartbeat.interval.ms"), 3000);
        return defaults;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof KafkaStreamsConfiguration configured
                && KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_CONFIG_BEAN_NAME.equals(beanName)) {
            Map<String, Object> merged = new HashMap<>(of(
                    environment.resolvePlaceholders("${gongkai.instance-id:${HOSTNAME:${spring.application.name}}}"),
                    environment.getProperty("gongkai.stream-threads", Integer.class, 1)));
            configured.asProperties().forEach((key, value) -> merged.put(String.valueOf(key), value));
            return new KafkaStreamsConfiguration(merged);
        }
        return bean;
    }
}
