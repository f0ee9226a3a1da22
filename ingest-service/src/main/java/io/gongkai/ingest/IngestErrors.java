package io.gongkai.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.KafkaException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.util.Map;

/** HTTP answers for what goes wrong outside the document itself: too large to accept, or the broker not committing. */
@RestControllerAdvice
class IngestErrors {

    private static final Logger log = LoggerFactory.getLogger(IngestErrors.class);

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Map.of(
                "status", "REJECTED", "reason", "TOO_LARGE", "detail", "the upload exceeds the size limit: " + e.getMessage()));
    }

    /** The event was not committed: the caller must retry; nothing was published. */
    @ExceptionHandler(KafkaException.class)
    ResponseEntity<Map<String, Object>> notCommitted(KafkaException e) {
        log.error("publishing failed", e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5").body(Map.of(
                "status", "ERROR", "detail", "the broker did not commit the event: " + e.getMostSpecificCause().getMessage()));
    }
}
