package io.gongkai.ingest;

import io.gongkai.events.RawReport;
import io.gongkai.ingest.document.Document;
import io.gongkai.ingest.report.IngestOutcome;
import io.gongkai.ingest.report.ReportIngestor;
import io.gongkai.ingest.report.SourceInfo;
import io.gongkai.platform.Faults;
import io.gongkai.platform.GongkaiProperties;
import io.gongkai.platform.PipelineMeters;
import io.gongkai.schemas.RawDocumentHeaders;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.TopicSpec;
import io.gongkai.schemas.registry.AvroDeserializer;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.stereotype.Component;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Consumes documents from scrapers a poll at a time, and publishes what they are in one transaction per poll: offsets
 * and output commit together, exactly once. Two doors, one path: {@code gongkai.reports.raw.v1} carries RawReports in
 * the registry's Avro, {@code gongkai.reports.raw-bytes.v1} the document's bytes with its metadata in headers
 * ({@link RawDocumentHeaders}). Records arrive as bytes and are decoded here.
 *
 * <p>A record that cannot be taken for a reason of its own (undecodable, or its reading fails) goes to the
 * dead-letter topic exactly as it came, in the same transaction, and the rest of the poll commits with it. A fault
 * that is not the record's ({@link Faults#isTransient}: the registry or the broker not answering), or any failure
 * while publishing, rolls the whole poll back to be fetched again after a pause ({@link IngestKafkaConfiguration}).
 */
@Component
public class RawReportListener {

    private final ReportIngestor ingestor;
    private final ReportPublisher publisher;
    private final ConsumerRecordRecoverer deadLetters;
    private final Deserializer<RawReport> rawReports;

    public RawReportListener(ReportIngestor ingestor, ReportPublisher publisher, ConsumerRecordRecoverer deadLetters,
                             GongkaiProperties properties) {
        this.ingestor = ingestor;
        this.publisher = publisher;
        this.deadLetters = deadLetters;
        this.rawReports = new AvroDeserializer<>(SchemaRegistryClient.forUrl(properties.schemaRegistryUrl()), true, null);
    }

    /** The container is "raw-reports"; its consumer group is the service's own ({@code spring.kafka.consumer.group-id}), which its ACLs name. */
    @KafkaListener(id = "raw-reports", idIsGroup = false, batch = "true", topics = {
            "#{T(io.gongkai.schemas.TopicCatalog).RAW_REPORTS.name()}", "#{T(io.gongkai.schemas.TopicCatalog).RAW_DOCUMENTS.name()}"})
    public void onRawReports(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, String> publishedThisPoll = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            IngestOutcome outcome;
            try {
                outcome = ingest(record);
            } catch (RuntimeException e) {
                if (Faults.isTransient(e)) {
                    throw e;
                }
                deadLetters.accept(record, e);
                PipelineMeters.deadLetter(record.topic() + TopicSpec.DEAD_LETTER_SUFFIX);
                continue;
            }
            publisher.publish(outcome, publishedThisPoll);
        }
    }

    private IngestOutcome ingest(ConsumerRecord<String, byte[]> record) {
        RawReport raw = decode(record);
        Document document = new Document(bytes(raw.getContent()), raw.getFileName(), raw.getContentType());
        SourceInfo source = new SourceInfo(raw.getSourceId(), raw.getSourceUrl(), raw.getOrganHint(), raw.getRegionHint(),
                raw.getPublishedHint(), raw.getFetchedAt());
        return ingestor.ingest(document, source);
    }

    private RawReport decode(ConsumerRecord<String, byte[]> record) {
        if (record.topic().equals(TopicCatalog.RAW_DOCUMENTS.name())) {
            return RawDocumentHeaders.rawReport(record.key(), record.value(), record.headers());
        }
        RawReport raw = rawReports.deserialize(record.topic(), record.value());
        if (raw == null) {
            throw new SerializationException("a raw record without a value (a tombstone) holds no document");
        }
        return raw;
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
