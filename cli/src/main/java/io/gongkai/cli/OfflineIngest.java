package io.gongkai.cli;

import io.gongkai.ingest.document.Document;
import io.gongkai.ingest.document.DocumentReader;
import io.gongkai.ingest.parse.ReportParser;
import io.gongkai.ingest.region.RegionResolver;
import io.gongkai.ingest.report.IngestOutcome;
import io.gongkai.ingest.report.ReportIngestor;
import io.gongkai.ingest.report.SourceInfo;
import io.gongkai.schemas.TopicCatalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.BiConsumer;

/** The ingest pipeline without Kafka: a file in, what ingest-service would publish for it out. */
final class OfflineIngest {

    private final ReportIngestor ingestor = new ReportIngestor(new DocumentReader(TopicCatalog.MAX_RAW_DOCUMENT_BYTES),
            new ReportParser(), RegionResolver.load(), "cli", Clock.systemUTC());

    IngestOutcome ingest(Path file) throws IOException {
        return ingest(file.toAbsolutePath().normalize().toString(), Files.readAllBytes(file));
    }

    /**
     * Ingests the files in order, handing each outcome to {@code each}; a file that cannot be read from disk gets an
     * {@code ERROR} line on stdout instead and the others go on.
     *
     * @return false when some file could not be read
     */
    boolean ingestEach(List<Path> files, BiConsumer<Path, IngestOutcome> each) {
        boolean allRead = true;
        for (Path file : files) {
            try {
                each.accept(file, ingest(file));
            } catch (IOException notRead) {
                allRead = false;
                System.out.println(ReportJson.line(ReportJson.fileError(file.toString(), notRead)));
            }
        }
        return allRead;
    }

    /** A document by its file name (for its type) and bytes; the source id is {@code file:<name>}. */
    IngestOutcome ingest(String fileName, byte[] content) {
        String name = Path.of(fileName).getFileName().toString();
        return ingestor.ingest(new Document(content, name, IngestClient.contentType(name)), SourceInfo.of("file:" + fileName));
    }
}
