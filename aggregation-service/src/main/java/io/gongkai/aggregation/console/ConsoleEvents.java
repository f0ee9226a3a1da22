package io.gongkai.aggregation.console;

import io.gongkai.aggregation.monitoring.MonitoredReport;
import io.gongkai.aggregation.monitoring.MonitoringIndex;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Live updates for open console pages, as Server-Sent Events: a page subscribes for a region and gets an event
 * {@value #CHANGE} when a report under it, or a review of one of its findings, changed — at most one per
 * {@link #DEBOUNCE}, however fast reports arrive (a backfill must not flood the browsers), and a comment every
 * {@link #HEARTBEAT} so that proxies keep the connection and dead ones are found. The index calls in on its
 * stream thread; that only marks subscribers, the sending happens on this hub's own thread.
 */
public final class ConsoleEvents implements AutoCloseable {

    /** The event's name: htmx reacts to it with {@code hx-trigger="sse:change"}. */
    public static final String CHANGE = "change";
    static final Duration DEBOUNCE = Duration.ofMillis(500);
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final Duration SUBSCRIPTION = Duration.ofMinutes(30);

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "console-events");
        thread.setDaemon(true);
        return thread;
    });

    public ConsoleEvents(MonitoringIndex index) {
        index.onChange(this::changed);
        sender.scheduleWithFixedDelay(this::sendChanges, DEBOUNCE.toMillis(), DEBOUNCE.toMillis(), TimeUnit.MILLISECONDS);
        sender.scheduleWithFixedDelay(this::sendHeartbeats, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A new stream of changes under {@code regionCode} (CN: everywhere). */
    public SseEmitter subscribe(String regionCode) {
        SseEmitter emitter = new SseEmitter(SUBSCRIPTION.toMillis());
        Subscriber subscriber = new Subscriber(regionCode, emitter);
        subscribers.add(subscriber);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(error -> subscribers.remove(subscriber));
        return emitter;
    }

    private void changed(MonitoringIndex.Change change) {
        MonitoredReport report = change.report();
        for (Subscriber subscriber : subscribers) {
            if (report == null || report.within(subscriber.regionCode)) {
                subscriber.dirty = true;
            }
        }
    }

    private void sendChanges() {
        for (Subscriber subscriber : subscribers) {
            if (subscriber.dirty) {
                subscriber.dirty = false;
                send(subscriber, SseEmitter.event().name(CHANGE).data(subscriber.regionCode));
            }
        }
    }

    private void sendHeartbeats() {
        subscribers.forEach(subscriber -> send(subscriber, SseEmitter.event().comment("heartbeat")));
    }

    private void send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
        try {
            subscriber.emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            subscribers.remove(subscriber);
            subscriber.emitter.completeWithError(gone);
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
        subscribers.forEach(subscriber -> subscriber.emitter.complete());
        subscribers.clear();
    }

    private static final class Subscriber {
        private final String regionCode;
        private final SseEmitter emitter;
        private volatile boolean dirty;

        Subscriber(String regionCode, SseEmitter emitter) {
            this.regionCode = regionCode;
            this.emitter = emitter;
        }
    }
}
