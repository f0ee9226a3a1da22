package io.gongkai.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.KafkaException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import java.net.URI;

/**
 * HTTP answers, as RFC 9457 problem details ({@code application/problem+json}), for what goes wrong outside the
 * document itself: too large to accept (413), no document (400), a malformed multipart body (400), or the broker not
 * committing (503, retry). Each problem's {@code type} is {@code urn:gongkai:problem:<kind>}; Spring's own request
 * errors are problem details too ({@code spring.mvc.problemdetails.enabled}).
 */
@RestControllerAdvice
class IngestErrors {

    private static final Logger log = LoggerFactory.getLogger(IngestErrors.class);

    @ExceptionHandler(RequestBody.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestBody.TooLarge e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "The document is too large", e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "The document is too large",
                "the upload exceeds the size limit: " + e.getMostSpecificCause().getMessage());
    }

    @ExceptionHandler(RequestBody.Empty.class)
    ResponseEntity<ProblemDetail> empty(RequestBody.Empty e) {
        return problem(HttpStatus.BAD_REQUEST, "no-document", "No document in the request", e.getMessage());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> malformedMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "malformed-multipart", "The multipart body cannot be read",
                e.getMostSpecificCause().getMessage() + "; send multipart/form-data with a boundary and the part 'file'");
    }

    /** The event was not committed: the caller must retry; nothing was published. */
    @ExceptionHandler(KafkaException.class)
    ResponseEntity<ProblemDetail> notCommitted(KafkaException e) {
        log.error("publishing failed", e);
        ResponseEntity<ProblemDetail> problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "not-committed",
                "The report was not published", "the broker did not commit the event, nothing was published: "
                        + e.getMostSpecificCause().getMessage());
        return ResponseEntity.status(problem.getStatusCode()).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem.getBody());
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String kind, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:gongkai:problem:" + kind));
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
