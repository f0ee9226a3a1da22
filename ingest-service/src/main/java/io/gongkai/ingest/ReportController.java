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
import org.springframework.http.ProblemDetail;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /reports}: a document in, its fate out. 202 with the reportId only once the broker has committed the
 * ParsedReport; 422 with the reason (and a RejectedReport event) for a document that is not a readable report; 413
 * over the size limit, counted while the body streams in. Every refusal is a problem detail
 * ({@code application/problem+json}) whose {@code reason} is the rejection code. A form-encoded body is 415: a
 * servlet container would parse it as form fields and alter the document. A broker failure is an error to the
 * caller (503), never a silent drop.
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

    /** The document as the raw request body (any content type but a form's). */
    @PostMapping(path = "/reports", consumes = {MediaType.APPLICATION_OCTET_STREAM_VALUE, MediaType.TEXT_PLAIN_VALUE,
            MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_PDF_VALUE, "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaType.ALL_VALUE})
    public ResponseEntity<?> submitBody(
            InputStream body,
            @RequestHeader(name = "Content-Type", required = false) String contentType,
            @RequestHeader(name = "Content-Length", required = false) Long contentLength,
            @RequestParam(required = false) String fileName,
            @RequestParam(required = false) String sourceId,
            @RequestParam(required = false) String sourceUrl,
            @RequestParam(required = false) String organHint,
            @RequestParam(required = false) String regionHint,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate published)
            throws IOException {
        byte[] content = RequestBody.read(body, contentLength, properties.maxDocumentBytes());
        return submit(new Document(content, fileName, contentType), sourceId, sourceUrl, organHint, regionHint,
                published);
    }

    /** The document as the multipart part {@code file}, metadata as form fields. */
    @PostMapping(path = "/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<?> submitMultipart(
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String sourceId,
            @RequestParam(required = false) String sourceUrl,
            @RequestParam(required = false) String organHint,
            @RequestParam(required = false) String regionHint,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate published)
            throws IOException {
        if (file.isEmpty()) {
            throw new RequestBody.Empty();
        }
        return submit(new Document(file.getBytes(), file.getOriginalFilename(), file.getContentType()),
                sourceId, sourceUrl, organHint, regionHint, published);
    }

    /** A form-encoded body: refused, saying how to send a document. */
    @PostMapping(path = "/reports", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public ResponseEntity<ProblemDetail> submitForm() {
        return IngestErrors.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "form-body", "A form is not a document",
                "application/x-www-form-urlencoded bodies are parsed as form fields, which alters a document; send it "
                        + "as the raw body with its own Content-Type (text/plain, text/html, application/pdf, "
                        + "application/msword, application/vnd.openxmlformats-officedocument.wordprocessingml.document, "
                        + "application/octet-stream) or as the multipart/form-data part 'file'");
    }

    private ResponseEntity<?> submit(Document document, String sourceId, String sourceUrl,
                                     String organHint, String regionHint, LocalDate published) {
        String source = sourceId != null ? sourceId : sourceUrl != null ? sourceUrl
                : "sha256:" + ReportIdentity.sha256(document.content());
        IngestOutcome outcome = ingestor.ingest(document,
                new SourceInfo(source, sourceUrl, organHint, regionHint, published, null));
        publisher.publishAndCommit(outcome);
        if (outcome instanceof IngestOutcome.Parsed parsed) {
            return ResponseEntity.accepted().body(accepted(parsed.report()));
        }
        return refused(((IngestOutcome.Rejected) outcome).rejection());
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
        body.put("unreadableCells", report.getUnreadableCells().size());
        body.put("warnings", report.getWarnings());
        return body;
    }

    /** 413 for TOO_LARGE, 422 otherwise: a problem detail with the reason, where, and the source id. */
    private static ResponseEntity<ProblemDetail> refused(RejectedReport rejection) {
        boolean tooLarge = rejection.getReason() == RejectionReason.TOO_LARGE;
        ResponseEntity<ProblemDetail> answer = IngestErrors.problem(
                tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT,
                "rejected:" + rejection.getReason().name(), "The document was rejected: " + rejection.getReason(),
                rejection.getDetail());
        ProblemDetail problem = answer.getBody();
        problem.setProperty("reason", rejection.getReason().name());
        problem.setProperty("location", rejection.getLocation());
        problem.setProperty("sourceId", rejection.getSourceId());
        return answer;
    }
}
