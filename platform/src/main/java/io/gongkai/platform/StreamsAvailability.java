package io.gongkai.platform;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;

/**
 * The application's availability follows its Kafka Streams state, through Spring Boot's availability events (and so
 * {@code /actuator/health/readiness} and {@code /actuator/health/liveness}): ready — ACCEPTING_TRAFFIC — only while
 * RUNNING, its tasks assigned and stores restored, so it processes and its stores answer queries; REFUSING_TRAFFIC
 * while it starts, rebalances or restores; BROKEN once it has failed for good (ERROR), which only a restart mends.
 * Boot declares an application ready once it has started; while Streams is not yet RUNNING, that is taken back.
 */
public final class StreamsAvailability implements KafkaStreams.StateListener,
        ApplicationListener<AvailabilityChangeEvent<ReadinessState>> {

    private final ApplicationEventPublisher events;
    private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;

    public StreamsAvailability(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void onChange(KafkaStreams.State newState, KafkaStreams.State oldState) {
        state = newState;
        AvailabilityChangeEvent.publish(events, this, newState == KafkaStreams.State.RUNNING
                ? ReadinessState.ACCEPTING_TRAFFIC : ReadinessState.REFUSING_TRAFFIC);
        if (newState == KafkaStreams.State.ERROR) {
            AvailabilityChangeEvent.publish(events, this, LivenessState.BROKEN);
        }
    }

    @Override
    public void onApplicationEvent(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getSource() != this && event.getState() == ReadinessState.ACCEPTING_TRAFFIC
                && state != KafkaStreams.State.RUNNING) {
            AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        }
    }
}
