package io.gongkai.platform;

import io.gongkai.events.ValidationOutcome;
import io.gongkai.events.Violation;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;

/**
 * The meters gongkai adds to those of the JVM, Kafka's clients and Kafka Streams, each named here once: every service
 * serves them all on {@code /actuator/prometheus} (ops only), and the Grafana dashboard ({@code deploy/grafana}) reads
 * these names. They live in Micrometer's global registry, which Spring Boot's registries join, so that what Kafka
 * instantiates itself (the dead-letter handlers) counts too. A poll that ingest rolls back and reads again counts again.
 */
public final class PipelineMeters {

    /** Documents ingest read, by outcome ({@code parsed}, {@code rejected}) and rejection reason. */
    public static final String DOCUMENTS = "gongkai.ingest.documents";
    /** Records sent to a dead-letter topic, by that topic. */
    public static final String DEAD_LETTERS = "gongkai.dead.letters";
    /** Outcomes validation published, by status. */
    public static final String OUTCOMES = "gongkai.validation.outcomes";
    /** Violations in the outcomes validation published, by rule and severity. */
    public static final String VIOLATIONS = "gongkai.validation.violations";
    /** From ingest's publication of a report to aggregation's taking its outcome into the totals. */
    public static final String REPORT_LATENCY = "gongkai.report.latency";

    private PipelineMeters() {
    }

    /** A document ingest read: a parsed report when {@code rejectionReason} is null, else a rejection. */
    public static void document(String rejectionReason) {
        Metrics.counter(DOCUMENTS, "outcome", rejectionReason == null ? "parsed" : "rejected",
                "reason", rejectionReason == null ? "none" : rejectionReason).increment();
    }

    /** A record sent to {@code deadLetterTopic}. */
    public static void deadLetter(String deadLetterTopic) {
        Metrics.counter(DEAD_LETTERS, "topic", deadLetterTopic).increment();
    }

    /** An outcome validation published, and each of its violations. */
    public static void outcome(ValidationOutcome outcome) {
        Metrics.counter(OUTCOMES, "status", outcome.getStatus().name()).increment();
        for (Violation violation : outcome.getViolations()) {
            Metrics.counter(VIOLATIONS, "rule", violation.getRule(), "severity", violation.getSeverity().name()).increment();
        }
    }

    /** A report's outcome taken into the totals at {@code nowMs}, its report published at {@code publishedMs}. */
    public static void reportCounted(long publishedMs, long nowMs) {
        Timer.builder(REPORT_LATENCY)
                .description("from ingest's publication of a report to its outcome in the regional totals")
                .publishPercentileHistogram()
                .register(Metrics.globalRegistry)
                .record(Duration.ofMillis(Math.max(0, nowMs - publishedMs)));
    }
}
