package io.gongkai.ingest.parse;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.events.ParsedReport;
import io.gongkai.ingest.document.Document;
import io.gongkai.ingest.document.DocumentReader;
import io.gongkai.ingest.region.RegionResolver;
import io.gongkai.ingest.report.IngestOutcome;
import io.gongkai.ingest.report.ReportIngestor;
import io.gongkai.ingest.report.SourceInfo;
import io.gongkai.schemas.cells.ReportCells;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every seed delivered the ways scrapers deliver reports, through the whole ingest pipeline: wrapped in a crawler's
 * page header with its body on one line, as a CSV record with CR line endings, as a CSV record holding the page's
 * HTML, as a JSON record, as a JavaScript string literal, and as a one-line CSV body whose blank rows are bare
 * labels. Each gives the seed's exact cells,
 * year, organ and region, and the envelope's title, date and URL travel on the report.
 */
class ScraperDeliveriesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 1, 26);
    private static final String URL = "https://www.example.gov.cn/zwgk/zfxxgknb/202401/t20240126_1.htm";
    private static final ReportIngestor INGESTOR = new ReportIngestor(new DocumentReader(16 * 1024 * 1024),
            new ReportParser(), RegionResolver.load(), "test", Clock.systemUTC());

    private static final Map<String, Function<Samples.Seed, String>> DELIVERIES = new LinkedHashMap<>();

    static {
        DELIVERIES.put("crawler page, body on one line", seed -> crawlerPage(seed,
                TableText.fromSeed(seed.text()).oneLine("")));
        DELIVERIES.put("CSV record, CR line endings", seed -> csv(seed, seed.text(), "\r"));
        DELIVERIES.put("CSV record, one-line body, blank rows as bare labels", seed -> csv(seed,
                TableText.fromSeed(seed.text()).withZeroRowsAsBareLabels().oneLine(""), "\n"));
        DELIVERIES.put("CSV record, body as the page's HTML", seed -> csv(seed,
                TableText.fromSeed(seed.text()).html(), "\n"));
        DELIVERIES.put("JSON record", ScraperDeliveriesTest::json);
        DELIVERIES.put("JavaScript string literal", seed -> "var content = \"" + jsEscaped(seed.text()) + "\";");
    }

    static Stream<Arguments> seedsAsDelivered() {
        List<Arguments> arguments = new ArrayList<>();
        for (Samples.Seed seed : Samples.seeds()) {
            DELIVERIES.keySet().forEach(delivery -> arguments.add(Arguments.of(seed, delivery)));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("seedsAsDelivered")
    void aSeedAsDeliveredReadsAsTheSeed(Samples.Seed seed, String delivery) {
        String delivered = DELIVERIES.get(delivery).apply(seed);

        IngestOutcome outcome = INGESTOR.ingest(new Document(delivered.getBytes(StandardCharsets.UTF_8), null, null),
                SourceInfo.of("test:" + seed.number()));

        assertThat(outcome).isInstanceOf(IngestOutcome.Parsed.class);
        ParsedReport report = ((IngestOutcome.Parsed) outcome).report();
        CellsAssert.assertCells(ReportCells.of(report), seed.cells());
        assertThat(report.getYear()).isEqualTo(seed.year());
        assertThat(report.getRegion().getCode()).isEqualTo(seed.expected().get("region").get("code").asText());
        assertThat(report.getEnvelope()).isNotBlank();
        if (!delivery.startsWith("JavaScript")) {
            assertThat(report.getSourceUrl()).isEqualTo(URL);
        }
    }

    private static String title(Samples.Seed seed) {
        return seed.year() + "年" + seed.organ() + "政府信息公开工作年度报告";
    }

    private static String crawlerPage(Samples.Seed seed, String body) {
        return "标题: " + title(seed) + "\n发布时间: " + PUBLISHED + " 10:00\n文号: \n发布机构: \n栏目: 政府信息公开年报\n"
                + "原文链接: " + URL + "\n==================== 正文 ====================\n" + body + "\n";
    }

    private static String csv(Samples.Seed seed, String body, String lineEnd) {
        String quoted = "\"" + body.replace("\n", lineEnd).replace("\"", "\"\"") + "\"";
        return "标题,时间,内容,栏目,访问地址" + lineEnd + title(seed) + "," + PUBLISHED + "," + quoted
                + ",政府信息公开年报," + URL + lineEnd;
    }

    private static String json(Samples.Seed seed) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("title", title(seed));
        record.put("pubDate", PUBLISHED.toString());
        record.put("url", URL);
        record.put("content", seed.text());
        try {
            return JSON.writeValueAsString(record);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text as a JavaScript string literal's content: line breaks and every non-ASCII character escaped. */
    private static String jsEscaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 128 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }
}
