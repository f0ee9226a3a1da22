package io.gongkai.aggregation.monitoring;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.Properties;

/**
 * The Kafka Streams application that keeps the monitoring read model: the {@link MonitoringTopology}'s global stores
 * alone, beside the aggregation application in the same service. It must be its own application because Kafka
 * Streams lets a topic feed either a stream or a global store of one topology, not both, and aggregation streams
 * the outcome topics. Its application id is the aggregation one with {@value #SUFFIX}; it runs no stream thread
 * (nothing to partition), joins no consumer group and writes nothing: its global consumer only reads.
 */
public final class MonitoringStreams implements SmartLifecycle {

    /** Appended to the aggregation application id. */
    public static final String SUFFIX = "-monitoring";
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final Topology topology;
    private final Properties config;
    private volatile KafkaStreams streams;

    /**
     * @param aggregationConfig the aggregation application's Streams configuration, from which this one takes its
     *                          brokers, credentials, state directory and handlers
     */
    public MonitoringStreams(Topology topology, Properties aggregationConfig) {
        this.topology = topology;
        this.config = new Properties();
        this.config.putAll(aggregationConfig);
        this.config.put(StreamsConfig.APPLICATION_ID_CONFIG, aggregationConfig.getProperty(StreamsConfig.APPLICATION_ID_CONFIG) + SUFFIX);
        this.config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 0);
        this.config.remove(StreamsConfig.APPLICATION_SERVER_CONFIG);
        this.config.remove(StreamsConfig.PROCESSING_GUARANTEE_CONFIG);
    }

    /** The running client, or null before start and after stop. */
    public KafkaStreams streams() {
        return streams;
    }

    @Override
    public void start() {
        KafkaStreams starting = new KafkaStreams(topology, config);
        starting.start();
        streams = starting;
    }

    @Override
    public void stop() {
        KafkaStreams running = streams;
        streams = null;
        if (running != null) {
            running.close(CLOSE_TIMEOUT);
        }
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }
}
