package io.gongkai.ingest;

import io.gongkai.events.ParsedReport;
import io.gongkai.events.RejectedReport;
import io.gongkai.ingest.report.IngestOutcome;
import io.gongkai.platform.PipelineMeters;
import io.gongkai.schemas.TopicCatalog;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Publishes what ingest made of a document, in the caller's Kafka transaction: a parsed report under
 * its reportId, or a rejection under its source id. When the same source or the same content was last
 * published under another reportId (the resolver improved, say), that id is retracted with a tombstone
 * so that nothing downstream counts the report twice. The in-memory {@link SourceIndex} learns what was
 * published only once the transaction has committed (from this call, or from the committed log): a commit that
 * fails leaves nothing behind.
 */
@Component
public class ReportPublisher {

    private static final Logger log = LoggerFactory.getLogger(ReportPublisher.class);

    private final KafkaTemplate<String, Object> kafka;
    private final SourceIndex index;

    public ReportPublisher(KafkaTemplate<String, Object> kafka, SourceIndex index) {
        this.kafka = kafka;
        this.index = index;
    }

    /**
     * Publishes inside the transaction the caller is in (a transactional listener, one transaction per poll), where
     * {@code earlier} holds the index entries this transaction published before — the caller keeps it for the poll, so
     * that a later record of the same poll sees an earlier one; this call adds its own. The index itself learns of
     * them from the committed log.
     */
    public void publish(IngestOutcome outcome, Map<String, String> earlier) {
        earlier.putAll(publish(kafka, outcome, earlier));
    }

    /** Publishes in a transaction of its own and returns once the broker committed it (HTTP, CLI). */
    public void publishAndCommit(IngestOutcome outcome) {
        Map<String, String> published = kafka.executeInTransaction(operations -> publish(operations, outcome, Map.of()));
        published.forEach(index::remember);
    }

    /** Sends the outcome; returns the source-index entries it published, to be remembered once committed. */
    private Map<String, String> publish(KafkaOperations<String, Object> operations, IngestOutcome outcome, Map<String, String> earlier) {
        if (outcome instanceof IngestOutcome.Parsed parsed) {
            PipelineMeters.document(null);
            return publishParsed(operations, parsed.report(), earlier);
        }
        RejectedReport rejection = ((IngestOutcome.Rejected) outcome).rejection();
        PipelineMeters.document(rejection.getReason().name());
        publishRejected(operations, rejection);
        return Map.of();
    }

    private Map<String, String> publishParsed(KafkaOperations<String, Object> operations, ParsedReport report, Map<String, String> earlier) {
        String reportId = report.getReportId();
        Set<String> keys = Set.of(SourceIndex.sourceKey(report.getSourceId()), SourceIndex.contentKey(report.getContentHash()));
        Set<String> retracted = new LinkedHashSet<>();
        for (String key : keys) {
            Optional.ofNullable(earlier.get(key)).or(() -> index.reportIdOf(key))
                    .filter(previous -> !previous.equals(reportId)).ifPresent(retracted::add);
        }
        for (String previous : retracted) {
            log.info("retracting {}: {} is now published as {}", previous, report.getSourceId(), reportId);
            operations.send(new ProducerRecord<>(TopicCatalog.PARSED_REPORTS.name(), previous, null));
        }
        operations.send(TopicCatalog.PARSED_REPORTS.name(), reportId, report);
        Map<String, String> published = new LinkedHashMap<>();
        for (String key : keys) {
            operations.send(TopicCatalog.SOURCE_INDEX.name(), key, reportId);
            published.put(key, reportId);
        }
        return published;
    }

    private void publishRejected(KafkaOperations<String, Object> operations, RejectedReport rejection) {
        log.info("rejected {}: {} {}", rejection.getSourceId(), rejection.getReason(), rejection.getDetail());
        operations.send(TopicCatalog.REJECTED_REPORTS.name(), rejection.getSourceId(), rejection);
    }
}
