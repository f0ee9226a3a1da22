package io.gongkai.schemas;

import io.gongkai.events.ParsedReport;
import io.gongkai.events.RawReport;
import io.gongkai.events.RegionTotals;
import io.gongkai.events.RejectedReport;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.events.ViolationReview;

import java.util.List;
import java.util.Map;

/**
 * Every topic of gongkai, in one place. Services create the topics they own from these
 * specifications at start-up; nothing relies on broker auto-creation.
 */
public final class TopicCatalog {

    static final long DAY_MS = 24L * 60 * 60 * 1000;
    static final String DEFAULT_MAX_MESSAGE_BYTES = Integer.toString(1024 * 1024);

    /**
     * Largest raw document accepted: 16 MiB. The one size budget: HTTP refuses a larger body, the raw topic takes a
     * RawReport of this document with {@value #RAW_RECORD_MARGIN} bytes to spare for its metadata, and producers
     * send up to 17 MiB ({@code max.request.size}); a ParsedReport larger than its topic takes is TOO_LARGE.
     */
    public static final int MAX_RAW_DOCUMENT_BYTES = 16 * 1024 * 1024;

    /** Room in a raw record for a RawReport's metadata and the record's own overhead, beside the document. */
    static final int RAW_RECORD_MARGIN = 64 * 1024;

    /** Documents as scrapers deliver them, keyed by source id (URL or scraper's id). Owner: ingest. */
    public static final TopicSpec<String, RawReport> RAW_REPORTS = new TopicSpec<>("gongkai.reports.raw.v1", String.class, RawReport.class, Map.of(
            "cleanup.policy", "delete",
            "retention.ms", Long.toString(7 * DAY_MS),
            "max.message.bytes", Integer.toString(MAX_RAW_DOCUMENT_BYTES + RAW_RECORD_MARGIN)));

    /**
     * Documents from scrapers that do not speak Avro: the document's bytes as the value, keyed by source id, its
     * metadata in headers ({@link RawDocumentHeaders}). Read by ingest exactly as {@link #RAW_REPORTS}. Owner: ingest.
     */
    public static final TopicSpec<String, byte[]> RAW_DOCUMENTS = new TopicSpec<>("gongkai.reports.raw-bytes.v1", String.class, byte[].class,
            RAW_REPORTS.config());

    /** The latest parse of every report, keyed by reportId; a tombstone retracts an id. Owner: ingest. */
    public static final TopicSpec<String, ParsedReport> PARSED_REPORTS = new TopicSpec<>("gongkai.reports.parsed.v1", String.class, ParsedReport.class, Map.of(
            "cleanup.policy", "compact",
            "max.message.bytes", DEFAULT_MAX_MESSAGE_BYTES));

    /** Documents that are not readable reports, keyed by source id, with the reason. Owner: ingest. */
    public static final TopicSpec<String, RejectedReport> REJECTED_REPORTS = new TopicSpec<>("gongkai.reports.rejected.v1", String.class, RejectedReport.class, Map.of(
            "cleanup.policy", "delete",
            "retention.ms", Long.toString(30 * DAY_MS),
            "max.message.bytes", DEFAULT_MAX_MESSAGE_BYTES));

    /** The latest outcome of every passing report, keyed by reportId. Owner: validation. */
    public static final TopicSpec<String, ValidationOutcome> VALIDATION_PASSED = new TopicSpec<>("gongkai.validation.passed.v1", String.class, ValidationOutcome.class, Map.of(
            "cleanup.policy", "compact",
            "max.message.bytes", DEFAULT_MAX_MESSAGE_BYTES));

    /**
     * The latest outcome of every violating report, keyed by reportId, with header {@value #REGION_HEADER}.
     * Owner: validation.
     */
    public static final TopicSpec<String, ValidationOutcome> VALIDATION_VIOLATIONS = new TopicSpec<>("gongkai.validation.violations.v1", String.class, ValidationOutcome.class, Map.of(
            "cleanup.policy", "compact",
            "max.message.bytes", DEFAULT_MAX_MESSAGE_BYTES));

    /**
     * Monitoring offices' decisions on violations, keyed by violation id ({@link ViolationIds}). Compacted to the
     * latest decision per violation, but not before a record is a year old: the log is the audit trail of who
     * decided what, and when. Owner: aggregation (its review API is the only writer).
     */
    public static final TopicSpec<String, ViolationReview> VALIDATION_REVIEWS = new TopicSpec<>("gongkai.validation.reviews.v1", String.class, ViolationReview.class, Map.of(
            "cleanup.policy", "compact",
            "min.compaction.lag.ms", Long.toString(366 * DAY_MS),
            "max.message.bytes", DEFAULT_MAX_MESSAGE_BYTES));

    /** Totals per region and year, keyed {@code <regionCode>:<year>}. Owner: aggregation. */
    public static final TopicSpec<String, RegionTotals> REGION_TOTALS = new TopicSpec<>("gongkai.region-totals.v1", String.class, RegionTotals.class, Map.of(
            "cleanup.policy", "compact",
            "max.message.bytes", DEFAULT_MAX_MESSAGE_BYTES));

    /**
     * Ingest's own state: which reportId a source ({@code source:<sourceId>}) or a content
     * ({@code hash:<contentHash>}) was last published under, so that a report whose id changes (a better
     * region resolver) retracts its old id with a tombstone. String values. Owner: ingest.
     */
    public static final TopicSpec<String, String> SOURCE_INDEX = new TopicSpec<>("gongkai.ingest.source-index.v1", String.class, String.class, Map.of(
            "cleanup.policy", "compact",
            "max.message.bytes", DEFAULT_MAX_MESSAGE_BYTES));

    /** Header on outcome records: the most precise region code of the report, so monitors filter without decoding. */
    public static final String REGION_HEADER = "region";

    private TopicCatalog() {
    }

    /** Every topic, in the order of the flow (dead-letter topics not included). */
    public static List<TopicSpec<?, ?>> all() {
        return List.of(RAW_REPORTS, RAW_DOCUMENTS, PARSED_REPORTS, REJECTED_REPORTS, SOURCE_INDEX, VALIDATION_PASSED, VALIDATION_VIOLATIONS, VALIDATION_REVIEWS, REGION_TOTALS);
    }
}
