package io.gongkai.ingest.report;

import io.gongkai.events.RejectedReport;
import io.gongkai.events.RejectionReason;
import io.gongkai.ingest.document.Document;
import io.gongkai.ingest.document.DocumentReader;
import io.gongkai.ingest.parse.ReportParser;
import io.gongkai.ingest.region.RegionResolver;
import io.gongkai.schemas.TopicCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One size budget: a document within the raw limit whose parsed report would not fit the parsed topic is TOO_LARGE,
 * naming the size and the limit, instead of failing at the producer ({@code RecordTooLargeException}, HTTP 500).
 */
class ReportSizeTest {

    private final ReportIngestor ingestor = new ReportIngestor(new DocumentReader(TopicCatalog.MAX_RAW_DOCUMENT_BYTES),
            new ReportParser(), RegionResolver.load(), "test", Clock.systemUTC());

    @Test
    void aReportWhoseProseWouldNotFitItsTopicIsTooLarge() throws IOException {
        String seed = Files.readString(samples().resolve("000_93eb2dffc0d9e55f.txt"));
        String longProse = "本单位持续推进政务公开工作，不断完善制度建设。".repeat(60_000);
        String text = seed.replace("存在的主要问题及改进情况", "存在的主要问题及改进情况\n" + longProse + "\n");

        IngestOutcome outcome = ingestor.ingest(new Document(text.getBytes(StandardCharsets.UTF_8), "long.txt", null),
                SourceInfo.of("long"));

        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThan(TopicCatalog.MAX_RAW_DOCUMENT_BYTES);
        assertThat(outcome).isInstanceOf(IngestOutcome.Rejected.class);
        RejectedReport rejection = ((IngestOutcome.Rejected) outcome).rejection();
        assertThat(rejection.getReason()).isEqualTo(RejectionReason.TOO_LARGE);
        assertThat(rejection.getDetail()).contains("the parsed report is", TopicCatalog.PARSED_REPORTS.name(),
                "takes at most " + ReportIngestor.PARSED_REPORT_BUDGET);
    }

    @Test
    void anOrdinaryReportIsWellWithinTheBudget() throws IOException {
        byte[] seed = Files.readAllBytes(samples().resolve("000_93eb2dffc0d9e55f.txt"));

        assertThat(ingestor.ingest(new Document(seed, "000.txt", null), SourceInfo.of("000")))
                .isInstanceOf(IngestOutcome.Parsed.class);
    }

    private static Path samples() {
        return Path.of("").toAbsolutePath().getParent().resolve("samples");
    }
}
