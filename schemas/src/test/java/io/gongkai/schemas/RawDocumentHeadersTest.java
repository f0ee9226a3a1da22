package io.gongkai.schemas;

import io.gongkai.events.RawReport;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RawDocumentHeadersTest {

    private static final byte[] DOCUMENT = "2023年政府信息公开工作年度报告".getBytes(StandardCharsets.UTF_8);

    @Test
    void everyHeaderBecomesItsRawReportField() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(RawDocumentHeaders.CONTENT_TYPE, utf8("text/plain; charset=utf-8"));
        headers.add(RawDocumentHeaders.FILE_NAME, utf8("2023年报.txt"));
        headers.add(RawDocumentHeaders.SOURCE_URL, utf8("https://www.example.gov.cn/art/2024/1/31/1.html"));
        headers.add(RawDocumentHeaders.FETCHED_AT, utf8("2024-02-01T08:00:00Z"));
        headers.add(RawDocumentHeaders.ORGAN_HINT, utf8("杭州市上城区人民政府"));
        headers.add(RawDocumentHeaders.REGION_HINT, utf8("330102"));
        headers.add(RawDocumentHeaders.PUBLISHED_HINT, utf8("2024-01-31"));
        headers.add("x-crawler", utf8("ignored"));

        RawReport raw = RawDocumentHeaders.rawReport("crawler:1", DOCUMENT, headers);

        assertThat(raw.getSourceId()).isEqualTo("crawler:1");
        assertThat(raw.getContent().remaining()).isEqualTo(DOCUMENT.length);
        assertThat(raw.getContentType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(raw.getFileName()).isEqualTo("2023年报.txt");
        assertThat(raw.getSourceUrl()).isEqualTo("https://www.example.gov.cn/art/2024/1/31/1.html");
        assertThat(raw.getFetchedAt()).isEqualTo(Instant.parse("2024-02-01T08:00:00Z"));
        assertThat(raw.getOrganHint()).isEqualTo("杭州市上城区人民政府");
        assertThat(raw.getRegionHint()).isEqualTo("330102");
        assertThat(raw.getPublishedHint()).isEqualTo(LocalDate.of(2024, 1, 31));
    }

    @Test
    void withoutHeadersOnlyTheKeyAndTheDocumentAreSet() {
        RawReport raw = RawDocumentHeaders.rawReport("crawler:2", DOCUMENT, new RecordHeaders());

        assertThat(raw.getContentType()).isNull();
        assertThat(raw.getFetchedAt()).isNull();
        assertThat(raw.getPublishedHint()).isNull();
    }

    @Test
    void aBrokenContractIsNamedWithWhatBrokeIt() {
        RecordHeaders badDate = new RecordHeaders();
        badDate.add(RawDocumentHeaders.PUBLISHED_HINT, utf8("2024年1月31日"));

        assertThatThrownBy(() -> RawDocumentHeaders.rawReport(null, DOCUMENT, new RecordHeaders()))
                .hasMessageContaining("source id as the key").hasMessageContaining("no key");
        assertThatThrownBy(() -> RawDocumentHeaders.rawReport("crawler:3", new byte[0], new RecordHeaders()))
                .hasMessageContaining("'crawler:3' holds no document");
        assertThatThrownBy(() -> RawDocumentHeaders.rawReport("crawler:4", DOCUMENT, badDate))
                .hasMessage("header 'published-hint' is '2024年1月31日', not an ISO-8601 date such as 2024-01-31");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
