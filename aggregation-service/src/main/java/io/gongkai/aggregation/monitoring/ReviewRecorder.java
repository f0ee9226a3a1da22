package io.gongkai.aggregation.monitoring;

import io.gongkai.events.ReviewDecision;
import io.gongkai.events.ViolationReview;
import io.gongkai.schemas.TopicCatalog;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Records a reviewer's decision on a finding: a {@link ViolationReview} on gongkai.validation.reviews.v1, keyed by
 * the violation id, acknowledged by every in-sync replica; then waits (briefly) until the index has read it back,
 * so that the page the reviewer sees next already shows it.
 */
public final class ReviewRecorder {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration READ_BACK = Duration.ofSeconds(5);

    private final KafkaTemplate<String, Object> kafka;
    private final MonitoringReadModel model;
    private final Clock clock;

    public ReviewRecorder(KafkaTemplate<String, Object> kafka, MonitoringReadModel model, Clock clock) {
        this.kafka = kafka;
        this.model = model;
        this.clock = clock;
    }

    /**
     * Records the decision.
     *
     * @throws NoSuchElementException   when no report's latest outcome has the violation
     * @throws IllegalArgumentException when a dismissal gives no reason
     * @throws NotRecordedException     when Kafka did not take the decision in time (a transient fault: try again)
     */
    public Review record(String violationId, ReviewDecision decision, String reason, String reviewer) {
        FindingView finding = model.index().finding(violationId)
                .orElseThrow(() -> new NoSuchElementException("no current finding has the id " + violationId));
        String trimmed = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision == ReviewDecision.DISMISSED && trimmed == null) {
            throw new IllegalArgumentException("a dismissal needs a reason");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ViolationReview review = new ViolationReview(violationId, finding.report().reportId(), finding.finding().rule(),
                decision, trimmed, reviewer, now);
        try {
            kafka.send(TopicCatalog.VALIDATION_REVIEWS.name(), violationId, review).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new NotRecordedException("Kafka did not take the review in time; try again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotRecordedException("interrupted while recording the review", e);
        }
        Review recorded = new Review(decision, trimmed, reviewer, now);
        awaitReadBack(violationId, recorded);
        return recorded;
    }

    private void awaitReadBack(String violationId, Review recorded) {
        long deadline = System.nanoTime() + READ_BACK.toNanos();
        while (System.nanoTime() < deadline && !model.index().reviewOf(violationId).filter(recorded::equals).isPresent()) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Kafka did not take a decision: nothing was recorded, and the same request may be sent again. */
    public static final class NotRecordedException extends RuntimeException {
        NotRecordedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
