package io.gongkai.ingest.report;

import io.gongkai.events.ParsedReport;
import io.gongkai.events.Region;
import io.gongkai.events.RejectedReport;
import io.gongkai.events.RejectionReason;
import io.gongkai.events.Resolution;
import io.gongkai.events.UnreadableCell;
import io.gongkai.ingest.document.Document;
import io.gongkai.ingest.document.DocumentReader;
import io.gongkai.ingest.envelope.Envelope;
import io.gongkai.ingest.envelope.EnvelopeReader;
import io.gongkai.ingest.parse.ParsedDocument;
import io.gongkai.ingest.parse.ReportParser;
import io.gongkai.ingest.region.RegionQuery;
import io.gongkai.ingest.region.RegionResolution;
import io.gongkai.ingest.region.RegionResolver;
import io.gongkai.ingest.rejection.Rejection;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.cells.ReportCells;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a document into a {@link ParsedReport}: bytes to text, the scraper's envelope unwrapped (a crawler's page
 * header, a CSV or JSON record, a JavaScript string: {@link EnvelopeReader}), text to cells, organ to region, then
 * identity. What the envelope says (title, publication date, source URL) is used where the report itself does not
 * say it, and the content hash is the report's own text, so that a re-scrape in another wrapper is the same version.
 * Whatever cannot be read becomes a {@link RejectedReport} with its reason and place; nothing is dropped and no bad
 * input escapes as an exception — not even one that trips a fault of the reader, which is rejected UNREADABLE with
 * the fault named. Thread-safe.
 */
public final class ReportIngestor {

    /** The most a parsed report may encode to: its topic's limit, less room for key, headers and wire header. */
    static final int PARSED_REPORT_BUDGET = TopicCatalog.PARSED_REPORTS.maxMessageBytes() - 16 * 1024;
    /** Generously, what a report encodes to without its text: cells, region, identity, lists of cell ids. */
    private static final int BOUNDED_PART_BYTES = 64 * 1024;

    private final DocumentReader reader;
    private final EnvelopeReader envelopes = new EnvelopeReader();
    private final ReportParser parser;
    private final RegionResolver resolver;
    private final String parserVersion;
    private final Clock clock;

    public ReportIngestor(DocumentReader reader, ReportParser parser, RegionResolver resolver, String parserVersion, Clock clock) {
        this.reader = reader;
        this.parser = parser;
        this.resolver = resolver;
        this.parserVersion = parserVersion;
        this.clock = clock;
    }

    public IngestOutcome ingest(Document document, SourceInfo source) {
        try {
            Envelope envelope = envelopes.unwrap(reader.read(document));
            String text = envelope.unwrapped() ? reader.readInner(envelope.body()) : envelope.body();
            ParsedDocument parsed = parser.parse(text, envelope.title(), envelope.published());
            ParsedReport report = report(text, parsed, envelope, document, source);
            checkSize(report);
            return new IngestOutcome.Parsed(report);
        } catch (Rejection rejection) {
            return new IngestOutcome.Rejected(rejected(rejection, document, source));
        } catch (RuntimeException fault) {
            Rejection rejection = new Rejection(RejectionReason.UNREADABLE, "reading the document failed ("
                    + fault.getClass().getSimpleName() + ": " + fault.getMessage() + "): a fault of the reader on this "
                    + "document, rejected so that it is not lost", null, fault);
            return new IngestOutcome.Rejected(rejected(rejection, document, source));
        }
    }

    private ParsedReport report(String text, ParsedDocument parsed, Envelope envelope, Document document,
                                SourceInfo source) {
        RegionResolution region = resolver.resolve(new RegionQuery(
                parsed.organ(), parsed.title(), parsed.publisher(), text, parsed.year(), source.organHint(), source.regionHint()));
        String organ = officialName(parsed.organ(), region.corrections());
        List<String> warnings = new ArrayList<>(parsed.warnings());
        if (region.resolution() != Resolution.EXACT) {
            warnings.add("region " + region.resolution() + ": " + region.explanation());
        }
        ReportCells.Sections sections = ReportCells.sections(parsed.layout(), parsed.cells());
        return ParsedReport.newBuilder()
                .setReportId(ReportIdentity.reportId(organ, region.path(), parsed.year()))
                .setContentHash(ReportIdentity.contentHash(text))
                .setSourceId(source.sourceId())
                .setSourceUrl(source.sourceUrl() != null ? source.sourceUrl() : envelope.sourceUrl())
                .setFileName(document.fileName())
                .setOrgan(organ)
                .setScope(parsed.scope())
                .setYear(parsed.year())
                .setLayout(parsed.layout())
                .setPublished(parsed.published() != null ? parsed.published() : source.publishedHint())
                .setRegion(Region.newBuilder()
                        .setCode(region.code())
                        .setResolution(region.resolution())
                        .setPath(region.path())
                        .setCandidates(region.candidates())
                        .build())
                .setActive2021(sections.active2021())
                .setActive2019(sections.active2019())
                .setApplications(sections.applications())
                .setReviewsAndSuits(sections.reviewsAndSuits())
                .setSections(List.copyOf(parsed.sections()))
                .setNarrative(parsed.narrative())
                .setYearEvidence(parsed.yearEvidence())
                .setBlankCells(parsed.blankCells())
                .setUnreadableCells(parsed.unreadableCells())
                .setTitle(parsed.title())
                .setEnvelope(envelope.description())
                .setProse(parsed.prose())
                .setWarnings(warnings)
                .setParserVersion(parserVersion)
                .build();
    }

    /**
     * A parsed report must fit its topic ({@code max.message.bytes} less room for the record's key, headers and wire
     * header): past it, TOO_LARGE naming the size and the limit. Every part of a report but its text is bounded, so
     * a report is encoded to be measured only when its text could make it too large.
     */
    private static void checkSize(ParsedReport report) throws Rejection {
        long textChars = report.getProse().length() + (report.getTitle() == null ? 0 : report.getTitle().length());
        for (String warning : report.getWarnings()) {
            textChars += warning.length();
        }
        for (UnreadableCell cell : report.getUnreadableCells()) {
            textChars += cell.getReason().length() + cell.getLocation().length();
        }
        if (BOUNDED_PART_BYTES + 3 * textChars <= PARSED_REPORT_BUDGET) {
            return;
        }
        int size;
        try {
            size = ParsedReport.getEncoder().encode(report).remaining();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size > PARSED_REPORT_BUDGET) {
            throw new Rejection(RejectionReason.TOO_LARGE, "the parsed report is " + size + " bytes; "
                    + TopicCatalog.PARSED_REPORTS.name() + " takes at most " + PARSED_REPORT_BUDGET + " (its prose alone "
                    + "is " + report.getProse().length() + " characters)", null);
        }
    }

    private RejectedReport rejected(Rejection rejection, Document document, SourceInfo source) {
        return RejectedReport.newBuilder()
                .setSourceId(source.sourceId())
                .setReason(rejection.reason())
                .setDetail(rejection.detail())
                .setLocation(rejection.location())
                .setOriginalHash(ReportIdentity.sha256(document.content()))
                .setSizeBytes(document.content().length)
                .setContentType(document.contentType())
                .setFileName(document.fileName())
                .setSourceUrl(source.sourceUrl())
                .setRejectedAt(clock.instant())
                .build();
    }

    /** The organ's name with the region resolver's corrections applied (唐宫街道 → 唐宫路街道). */
    private static String officialName(String organ, Map<String, String> corrections) {
        String name = organ;
        for (Map.Entry<String, String> correction : corrections.entrySet()) {
            if (!name.contains(correction.getValue())) {
                name = name.replace(correction.getKey(), correction.getValue());
            }
        }
        return name;
    }
}
