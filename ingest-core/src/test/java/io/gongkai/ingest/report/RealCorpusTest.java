package io.gongkai.ingest.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.events.Layout;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.RejectedReport;
import io.gongkai.ingest.document.Document;
import io.gongkai.ingest.document.DocumentReader;
import io.gongkai.ingest.parse.ReportParser;
import io.gongkai.ingest.region.RegionResolver;
import io.gongkai.schemas.cells.ReportCells;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real reports exactly as public scrapers stored them (crawler page text, scraper CSV records: see
 * {@code corpus/real/SOURCES.md}), through the whole ingest pipeline: every figure read by hand in
 * {@code expected.json} and {@code expected-hb.json} — status, rejection reason, layout, year, organ and key cells.
 */
class RealCorpusTest {

    private static final String CORPUS = "/io/gongkai/ingest/corpus/real/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReportIngestor INGESTOR = new ReportIngestor(new DocumentReader(16 * 1024 * 1024),
            new ReportParser(), RegionResolver.load(), "test", Clock.systemUTC());

    /** A corpus file and what was read from it by hand. */
    record Expected(String file, JsonNode expected) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Expected> corpus() {
        List<Expected> files = new ArrayList<>();
        for (String name : List.of("expected.json", "expected-hb.json")) {
            JsonNode all = read(name);
            for (Iterator<Map.Entry<String, JsonNode>> entries = all.fields(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                files.add(new Expected(entry.getKey(), entry.getValue()));
            }
        }
        return files;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyFigureReadByHandIsRead(Expected expected) {
        JsonNode want = expected.expected();
        IngestOutcome outcome = INGESTOR.ingest(new Document(bytes(expected.file()), expected.file(), null),
                SourceInfo.of("corpus:" + expected.file()));

        if (want.get("status").asText().equals("REJECTED")) {
            assertThat(outcome).isInstanceOf(IngestOutcome.Rejected.class);
            RejectedReport rejection = ((IngestOutcome.Rejected) outcome).rejection();
            List<String> reasons = new ArrayList<>();
            want.get("reason").forEach(reason -> reasons.add(reason.asText()));
            if (reasons.isEmpty()) {
                reasons.add(want.get("reason").asText());
            }
            assertThat(rejection.getReason().name()).as(rejection.getDetail()).isIn(reasons);
            assertThat(rejection.getDetail()).isNotBlank();
            return;
        }
        assertThat(outcome).isInstanceOf(IngestOutcome.Parsed.class);
        ParsedReport report = ((IngestOutcome.Parsed) outcome).report();
        assertThat(report.getLayout()).isEqualTo(want.get("layout").asText().equals("2019")
                ? Layout.LAYOUT_2019 : Layout.LAYOUT_2021);
        assertThat(report.getYear()).isEqualTo(want.get("year").asInt());
        if (want.has("organ")) {
            assertThat(report.getOrgan()).isEqualTo(want.get("organ").asText());
        }
        Map<String, Number> cells = ReportCells.of(report);
        want.get("cells").fields().forEachRemaining(cell ->
                assertThat(cells.get(cell.getKey())).as(cell.getKey()).isEqualTo(cell.getValue().intValue()));
    }

    private static JsonNode read(String name) {
        try (InputStream in = RealCorpusTest.class.getResourceAsStream(CORPUS + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String file) {
        try (InputStream in = RealCorpusTest.class.getResourceAsStream(CORPUS + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
