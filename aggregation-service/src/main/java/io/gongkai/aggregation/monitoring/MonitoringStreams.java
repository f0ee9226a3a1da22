package io.gongkai.aggregation.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Kafka Streams application that keeps the monitoring read model: the {@link MonitoringTopology}'s global stores
 * alone, beside the aggregation application in the same service. It must be its own application because Kafka
 * Streams lets a topic feed either a stream or a global store of one topology, not both, and aggregation streams
 * the outcome topics. Its application id is the aggregation one with {@value #SUFFIX}; it runs no stream thread
 * (nothing to partition), joins no consumer group and writes nothing: its global consumer only reads.
 * <p>
 * A global store cannot start before its topic exists, and the topics belong to other services, which may start
 * later; and a global thread that fails takes its client down. So a supervisor thread waits for the topics, starts
 * the client, and starts a new one after a pause whenever it fails — the read model answers 503 meanwhile, and the
 * service's start-up is never held up by it.
 */
public final class MonitoringStreams implements SmartLifecycle {

    /** Appended to the aggregation application id. */
    public static final String SUFFIX = "-monitoring";
    /** The {@code spring.id} tag of the read model's Kafka metrics, as Spring Kafka tags the aggregation application's with its bean name. */
    public static final String METRICS_ID = "monitoringStreams";
    private static final Logger log = LoggerFactory.getLogger(MonitoringStreams.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration PAUSE = Duration.ofSeconds(2);

    private final Topology topology;
    private final Set<String> sourceTopics;
    private final Properties config;
    private final MeterRegistry meters;
    private volatile KafkaStreams streams;
    private volatile Thread supervisor;

    /**
     * @param sourceTopics      the topics the topology reads, which must exist before it starts
     * @param aggregationConfig the aggregation application's Streams configuration, from which this one takes its
     *                          brokers, credentials, state directory and handlers
     * @param meters            where each client's metrics go, tagged {@code spring.id=}{@value #METRICS_ID}: its global
     *                          consumer joins no group, so Prometheus is where ops see how far behind the read model is
     */
    public MonitoringStreams(Topology topology, Collection<String> sourceTopics, Properties aggregationConfig, MeterRegistry meters) {
        this.topology = topology;
        this.sourceTopics = Set.copyOf(sourceTopics);
        this.config = new Properties();
        this.config.putAll(aggregationConfig);
        this.config.put(StreamsConfig.APPLICATION_ID_CONFIG, aggregationConfig.getProperty(StreamsConfig.APPLICATION_ID_CONFIG) + SUFFIX);
        this.config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 0);
        this.config.remove(StreamsConfig.APPLICATION_SERVER_CONFIG);
        this.config.remove(StreamsConfig.PROCESSING_GUARANTEE_CONFIG);
        this.meters = meters;
    }

    /** The current client, or null while none runs. */
    public KafkaStreams streams() {
        return streams;
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::supervise, "monitoring-streams-supervisor");
        thread.setDaemon(true);
        supervisor = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = supervisor;
        supervisor = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(CLOSE_TIMEOUT.toMillis() * 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return supervisor != null;
    }

    private void supervise() {
        try {
            while (supervisor == Thread.currentThread()) {
                try {
                    runUntilItStops();
                } catch (KafkaException | IllegalStateException failure) {
                    log.warn("the monitoring read model's Kafka Streams client failed; starting a new one in {}", PAUSE, failure);
                }
                TimeUnit.MILLISECONDS.sleep(PAUSE.toMillis());
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for the topics, runs a client until it stops (ERROR, or closed) and closes it. */
    private void runUntilItStops() throws InterruptedException {
        awaitSourceTopics();
        KafkaStreams client = new KafkaStreams(topology, config);
        client.setUncaughtExceptionHandler(failure -> StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
        streams = client;
        try (KafkaStreamsMetrics metrics = new KafkaStreamsMetrics(client, List.of(Tag.of("spring.id", METRICS_ID)))) {
            metrics.bindTo(meters);
            client.start();
            while (client.state() != KafkaStreams.State.ERROR && client.state() != KafkaStreams.State.NOT_RUNNING) {
                TimeUnit.MILLISECONDS.sleep(PAUSE.toMillis());
            }
            log.warn("the monitoring read model's Kafka Streams client stopped ({}); starting a new one", client.state());
        } finally {
            streams = null;
            client.close(CLOSE_TIMEOUT);
        }
    }

    private void awaitSourceTopics() throws InterruptedException {
        Properties adminConfig = new Properties();
        config.forEach((name, value) -> {
            if (AdminClientConfig.configNames().contains(String.valueOf(name))) {
                adminConfig.put(name, value);
            }
        });
        try (Admin admin = Admin.create(adminConfig)) {
            while (true) {
                Set<String> missing = new HashSet<>(sourceTopics);
                try {
                    missing.removeAll(admin.listTopics().names().get(PAUSE.toMillis() * 5, TimeUnit.MILLISECONDS));
                    if (missing.isEmpty()) {
                        return;
                    }
                    log.info("the monitoring read model waits for its topics {}", missing);
                } catch (ExecutionException | TimeoutException unreachable) {
                    log.info("the monitoring read model cannot list the topics yet: {}", unreachable.toString());
                }
                TimeUnit.MILLISECONDS.sleep(PAUSE.toMillis());
            }
        }
    }
}
