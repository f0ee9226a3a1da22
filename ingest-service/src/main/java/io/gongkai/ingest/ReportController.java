package io.gongkai.ingest;

import io.gongkai.events.ParsedReport;
import io.gongkai.events.RejectedReport;
import io.gongkai.ingest.document.Document;
import io.gongkai.ingest.report.IngestOutcome;
import io.gongkai.ingest.report.ReportIdentity;
import io.gongkai.ingest.report.ReportIngestor;
import io.gongkai.ingest.report.SourceInfo;
import io.gongkai.events.RejectionReason;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /reports}: a document in, its fate out. 202 with the reportId only once the broker has
 * committed the ParsedReport; 422 with the reason (and a RejectedReport event) for a document that is
 * not a readable report; 413 over the size limit. A broker failure is an error to the caller, never a
 * silent drop.
 */
@RestController
public class ReportController {

    private final ReportIngestor ingestor;
    private final ReportPublisher publisher;
    private final IngestProperties properties;

    public ReportController(ReportIngestor ingestor, ReportPublisher publisher, IngestProperties properties) {
        this.ingestor = ingestor;
        this.publisher = publisher;
        this.properties = properties;
    }

    /** The document as the raw request body (any content type). */
    @PostMapping(path = "/reports", consumes = {MediaType.APPLICATION_OCTET_STREAM_VALUE, MediaType.TEXT_PLAIN_VALUE,
            MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_PDF_VALUE, "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaType.ALL_VALUE})
    public ResponseEntity<Map<String, Object>> submitBody(
            @RequestBody byte[] content,
            @RequestHeader(name = "Content-Type", required = false) String contentType,
            @RequestParam(required = false) String fileName,
            @RequestParam(required = false) String sourceId,
            @RequestParam(required = false) String sourceUrl,
            @RequestParam(required = false) String organHint,
            @RequestParam(required = false) String regionHint,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate published) {
        return submit(new Document(content, fileName, contentType), sourceId, sourceUrl, organHint, regionHint, published);
    }

    /** The document as the multipart part {@code file}, metadata as form fields. */
    @PostMapping(path = "/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, Object>> submitMultipart(
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String sourceId,
            @RequestParam(required = false) String sourceUrl,
            @RequestParam(required = false) String organHint,
            @RequestParam(required = false) String regionHint,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate published) throws IOException {
        return submit(new Document(file.getBytes(), file.getOriginalFilename(), file.getContentType()),
                sourceId, sourceUrl, organHint, regionHint, published);
    }

    private ResponseEntity<Map<String, Object>> submit(Document document, String sourceId, String sourceUrl,
                                                       String organHint, String regionHint, LocalDate published) {
        String source = sourceId != null ? sourceId : sourceUrl != null ? sourceUrl : "sha256:" + ReportIdentity.sha256(document.content());
        IngestOutcome outcome = ingestor.ingest(document, new SourceInfo(source, sourceUrl, organHint, regionHint, published, null));
        publisher.publishAndCommit(outcome);
        if (outcome instanceof IngestOutcome.Parsed parsed) {
            return ResponseEntity.accepted().body(accepted(parsed.report()));
        }
        RejectedReport rejection = ((IngestOutcome.Rejected) outcome).rejection();
        return ResponseEntity
                .status(rejection.getReason() == RejectionReason.TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(refused(rejection));
    }

    private static Map<String, Object> accepted(ParsedReport report) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reportId", report.getReportId());
        body.put("status", "PARSED");
        body.put("contentHash", report.getContentHash());
        body.put("organ", report.getOrgan());
        body.put("year", report.getYear());
        body.put("region", report.getRegion().getCode());
        body.put("resolution", report.getRegion().getResolution().name());
        body.put("warnings", report.getWarnings());
        return body;
    }

    private static Map<String, Object> refused(RejectedReport rejection) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "REJECTED");
        body.put("sourceId", rejection.getSourceId());
        body.put("reason", rejection.getReason().name());
        body.put("detail", rejection.getDetail());
        body.put("location", rejection.getLocation());
        return body;
    }
}
