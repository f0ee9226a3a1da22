package io.gongkai.ingest;

import io.gongkai.events.RawReport;
import io.gongkai.ingest.document.Document;
import io.gongkai.ingest.report.ReportIngestor;
import io.gongkai.ingest.report.SourceInfo;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.nio.ByteBuffer;

/**
 * Consumes documents from scrapers on {@code gongkai.reports.raw.v1} and publishes what they are, in the
 * consumer's transaction: offsets and output commit together, exactly once.
 */
@Component
public class RawReportListener {

    private final ReportIngestor ingestor;
    private final ReportPublisher publisher;

    public RawReportListener(ReportIngestor ingestor, ReportPublisher publisher) {
        this.ingestor = ingestor;
        this.publisher = publisher;
    }

    @KafkaListener(id = "raw-reports", topics = "#{T(io.gongkai.schemas.TopicCatalog).RAW_REPORTS.name()}")
    public void onRawReport(ConsumerRecord<String, RawReport> record) {
        RawReport raw = record.value();
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
