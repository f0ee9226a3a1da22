package io.gongkai.schemas;

import io.gongkai.events.RawReport;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * The contract of {@code gongkai.reports.raw-bytes.v1}, for scrapers without Avro: the key is the source id (UTF-8),
 * the value the document's bytes as fetched, and the metadata of a {@link RawReport} travels in these headers, each
 * optional, each UTF-8 text. Headers not named here are ignored. A record that breaks the contract is dead-lettered
 * with a message naming the header and its value.
 */
public final class RawDocumentHeaders {

    /** MIME type as delivered, e.g. {@code text/html}. */
    public static final String CONTENT_TYPE = "content-type";
    /** File name as published, e.g. {@code 2023年政府信息公开工作年度报告.docx}. */
    public static final String FILE_NAME = "file-name";
    /** Where the document was published. */
    public static final String SOURCE_URL = "source-url";
    /** When the scraper fetched it: an ISO-8601 instant, {@code 2024-01-31T08:00:00Z}. */
    public static final String FETCHED_AT = "fetched-at";
    /** The scraper's guess of the publishing organ. */
    public static final String ORGAN_HINT = "organ-hint";
    /** The scraper's guess of the region: a gazetteer code or a place name. */
    public static final String REGION_HINT = "region-hint";
    /** 公开日期 as the site shows it, as an ISO-8601 date: {@code 2024-01-31}. */
    public static final String PUBLISHED_HINT = "published-hint";

    /** Every header of the contract, in the order of {@link RawReport}'s fields. */
    public static final List<String> ALL = List.of(CONTENT_TYPE, FILE_NAME, SOURCE_URL, FETCHED_AT, ORGAN_HINT, REGION_HINT, PUBLISHED_HINT);

    private RawDocumentHeaders() {
    }

    /**
     * The RawReport that a raw-bytes record stands for.
     *
     * @throws IllegalArgumentException naming what breaks the contract: no key, no document, or a header that does not
     *                                  read as its type
     */
    public static RawReport rawReport(String key, byte[] document, Headers headers) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a raw-bytes record needs its source id as the key; this one has "
                    + (key == null ? "no key" : "a blank key"));
        }
        if (document == null || document.length == 0) {
            throw new IllegalArgumentException("raw-bytes record '" + key + "' holds no document: its value is "
                    + (document == null ? "null (a tombstone)" : "empty"));
        }
        return RawReport.newBuilder()
                .setSourceId(key)
                .setContent(ByteBuffer.wrap(document))
                .setContentType(text(headers, CONTENT_TYPE))
                .setFileName(text(headers, FILE_NAME))
                .setSourceUrl(text(headers, SOURCE_URL))
                .setFetchedAt(parsed(headers, FETCHED_AT, Instant::parse, "an ISO-8601 instant such as 2024-01-31T08:00:00Z"))
                .setOrganHint(text(headers, ORGAN_HINT))
                .setRegionHint(text(headers, REGION_HINT))
                .setPublishedHint(parsed(headers, PUBLISHED_HINT, LocalDate::parse, "an ISO-8601 date such as 2024-01-31"))
                .build();
    }

    /** The header's last value as text; null when absent or blank. */
    private static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null) {
            return null;
        }
        String value = new String(header.value(), StandardCharsets.UTF_8).strip();
        return value.isEmpty() ? null : value;
    }

    private static <T> T parsed(Headers headers, String name, Function<String, T> parse, String expected) {
        String value = text(headers, name);
        try {
            return value == null ? null : parse.apply(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("header '" + name + "' is '" + value + "', not " + expected);
        }
    }
}
