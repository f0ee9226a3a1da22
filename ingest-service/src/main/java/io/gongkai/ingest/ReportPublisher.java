package io.gongkai.ingest;

import io.gongkai.events.ParsedReport;
import io.gongkai.events.RejectedReport;
import io.gongkai.ingest.report.IngestOutcome;
import io.gongkai.schemas.TopicCatalog;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Publishes what ingest made of a document, in the caller's Kafka transaction: a parsed report under
 * its reportId, or a rejection under its source id. When the same source or the same content was last
 * published under another reportId (the resolver improved, say), that id is retracted with a tombstone
 * so that nothing downstream counts the report twice.
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

    /** Publishes inside the transaction the caller is in (a transactional listener). */
    public void publish(IngestOutcome outcome) {
        publish(kafka, outcome);
    }

    /** Publishes in a transaction of its own and returns once the broker committed it (HTTP, CLI). */
    public void publishAndCommit(IngestOutcome outcome) {
        kafka.executeInTransaction(operations -> {
            publish(operations, outcome);
            return null;
        });
    }

    private void publish(KafkaOperations<String, Object> operations, IngestOutcome outcome) {
        if (outcome instanceof IngestOutcome.Parsed parsed) {
            publishParsed(operations, parsed.report());
        } else if (outcome instanceof IngestOutcome.Rejected rejected) {
            publishRejected(operations, rejected.rejection());
        }
    }

    private void publishParsed(KafkaOperations<String, Object> operations, ParsedReport report) {
        String reportId = report.getReportId();
        Set<String> keys = Set.of(SourceIndex.sourceKey(report.getSourceId()), SourceIndex.contentKey(report.getContentHash()));
        Set<String> retracted = new LinkedHashSet<>();
        for (String key : keys) {
            index.reportIdOf(key).filter(previous -> !previous.equals(reportId)).ifPresent(retracted::add);
        }
        for (String previous : retracted) {
            log.info("retracting {}: {} is now published as {}", previous, report.getSourceId(), reportId);
            operations.send(new ProducerRecord<>(TopicCatalog.PARSED_REPORTS.name(), previous, null));
        }
        operations.send(TopicCatalog.PARSED_REPORTS.name(), reportId, report);
        for (String key : keys) {
            operations.send(TopicCatalog.SOURCE_INDEX.name(), key, reportId);
        }
        keys.forEach(key -> index.remember(key, reportId));
    }

    private void publishRejected(KafkaOperations<String, Object> operations, RejectedReport rejection) {
        log.info("rejected {}: {} {}", rejection.getSourceId(), rejection.getReason(), rejection.getDetail());
        operations.send(TopicCatalog.REJECTED_REPORTS.name(), rejection.getSourceId(), rejection);
    }
}
