package io.gongkai.ingest;

import io.gongkai.events.RawReport;
import io.gongkai.platform.GongkaiProperties;
import io.gongkai.schemas.registry.AvroDeserializer;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import io.gongkai.ingest.document.Document;
import io.gongkai.ingest.report.ReportIngestor;
import io.gongkai.ingest.report.SourceInfo;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.nio.ByteBuffer;

/**
 * Consumes documents from scrapers on {@code gongkai.reports.raw.v1} and publishes what they are, in the
 * consumer's transaction: offsets and output commit together, exactly once. Records arrive as bytes and are
 * decoded here, so that one that cannot be taken goes to the dead-letter topic exactly as it came
 * ({@link IngestKafkaConfiguration}).
 */
@Component
public class RawReportListener {

    private final ReportIngestor ingestor;
    private final ReportPublisher publisher;
    private final Deserializer<RawReport> rawReports;

    public RawReportListener(ReportIngestor ingestor, ReportPublisher publisher, GongkaiProperties properties) {
        this.ingestor = ingestor;
        this.publisher = publisher;
        this.rawReports = new AvroDeserializer<>(SchemaRegistryClient.forUrl(properties.schemaRegistryUrl()), true, null);
    }

    @KafkaListener(id = "raw-reports", topics = "#{T(io.gongkai.schemas.TopicCatalog).RAW_REPORTS.name()}")
    public void onRawReport(ConsumerRecord<String, byte[]> record) {
        RawReport raw = rawReports.deserialize(record.topic(), record.value());
        if (raw == null) {
            throw new SerializationException("a raw record without a value (a tombstone) holds no document");
        }
        Document document = new Document(bytes(raw.getContent()), raw.getFileName(), raw.getContentType());
        SourceInfo source = new SourceInfo(raw.getSourceId(), raw.getSourceUrl(), raw.getOrganHint(), raw.getRegionHint(),
                raw.getPublishedHint(), raw.getFetchedAt());
        publisher.publish(ingestor.ingest(document, source));
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
