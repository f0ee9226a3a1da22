package io.gongkai.ingest;

import io.gongkai.events.ParsedReport;
import io.gongkai.ingest.report.IngestOutcome;
import io.gongkai.ingest.document.Document;
import io.gongkai.ingest.document.DocumentReader;
import io.gongkai.ingest.parse.ReportParser;
import io.gongkai.ingest.region.RegionResolver;
import io.gongkai.ingest.report.ReportIngestor;
import io.gongkai.ingest.report.SourceInfo;
import io.gongkai.schemas.TopicCatalog;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The source index learns of a publication only once its transaction has committed: a commit that fails leaves the
 * index as it was, so the next publication of the same report does not retract an id that was never published.
 * Within one poll of the raw topic, a later publication sees an earlier one. (A pure unit test of
 * the ordering; publishing against the real broker is tested in {@code IngestServiceIT}.)
 */
class ReportPublisherTest {

    private final SourceIndex index = new SourceIndex(new KafkaProperties());

    /** Seed 000 as ingest reads it. */
    private static ParsedReport seed() throws IOException {
        Path seed = Path.of("").toAbsolutePath().getParent().resolve("samples/000_93eb2dffc0d9e55f.txt");
        IngestOutcome outcome = new ReportIngestor(new DocumentReader(1 << 20), new ReportParser(), RegionResolver.load(),
                "test", Clock.systemUTC()).ingest(new Document(Files.readAllBytes(seed), "000.txt", null),
                SourceInfo.of("seed-000"));
        return ((IngestOutcome.Parsed) outcome).report();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFailedCommitLeavesTheIndexUntouched() throws IOException {
        KafkaTemplate<String, Object> kafka = mock(KafkaTemplate.class);
        when(kafka.executeInTransaction(any())).thenAnswer(call -> {
            ((KafkaOperations.OperationsCallback<String, Object, ?>) call.getArgument(0))
                    .doInOperations(mock(KafkaOperations.class));
            throw new KafkaException("commit failed");
        });
        ParsedReport report = seed();

        assertThatThrownBy(() -> new ReportPublisher(kafka, index).publishAndCommit(new IngestOutcome.Parsed(report)))
                .isInstanceOf(KafkaException.class);

        assertThat(index.reportIdOf(SourceIndex.sourceKey(report.getSourceId()))).isEmpty();
        assertThat(index.reportIdOf(SourceIndex.contentKey(report.getContentHash()))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCommittedPublicationIsRemembered() throws IOException {
        KafkaTemplate<String, Object> kafka = mock(KafkaTemplate.class);
        when(kafka.executeInTransaction(any())).thenAnswer(call ->
                ((KafkaOperations.OperationsCallback<String, Object, ?>) call.getArgument(0))
                        .doInOperations(mock(KafkaOperations.class)));
        ParsedReport report = seed();

        new ReportPublisher(kafka, index).publishAndCommit(new IngestOutcome.Parsed(report));

        assertThat(index.reportIdOf(SourceIndex.sourceKey(report.getSourceId()))).hasValue(report.getReportId());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLaterRecordOfTheSamePollRetractsWhatAnEarlierOnePublished() throws IOException {
        KafkaTemplate<String, Object> kafka = mock(KafkaTemplate.class);
        ParsedReport first = seed();
        ParsedReport moved = ParsedReport.newBuilder(first).setReportId("330681:人民政府:2023").build();
        ReportPublisher publisher = new ReportPublisher(kafka, index);
        Map<String, String> publishedThisPoll = new HashMap<>();

        publisher.publish(new IngestOutcome.Parsed(first), publishedThisPoll);
        publisher.publish(new IngestOutcome.Parsed(moved), publishedThisPoll);

        ArgumentCaptor<ProducerRecord<String, Object>> sent = ArgumentCaptor.forClass(ProducerRecord.class);
        verify(kafka, atLeastOnce()).send(sent.capture());
        assertThat(sent.getAllValues()).anySatisfy(record -> {
            assertThat(record.topic()).isEqualTo(TopicCatalog.PARSED_REPORTS.name());
            assertThat(record.key()).isEqualTo(first.getReportId());
            assertThat(record.value()).isNull();
        });
        assertThat(publishedThisPoll).containsEntry(SourceIndex.sourceKey(first.getSourceId()), moved.getReportId());
        assertThat(index.reportIdOf(SourceIndex.sourceKey(first.getSourceId()))).as("the index waits for the committed log").isEmpty();
    }
}
