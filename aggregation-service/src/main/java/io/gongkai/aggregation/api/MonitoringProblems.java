package io.gongkai.aggregation.api;

import io.gongkai.aggregation.monitoring.MonitoringReadModel;
import io.gongkai.aggregation.monitoring.ReviewRecorder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.NoSuchElementException;

/**
 * The monitoring APIs' errors as problem details: a bad filter, cursor or review is 400; an unknown report, region
 * or finding 404; a read model still loading or Kafka not taking a review in time 503 with {@code Retry-After}.
 */
@RestControllerAdvice(assignableTypes = MonitoringApiController.class)
class MonitoringProblems {

    static final int RETRY_AFTER_SECONDS = 2;

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({MonitoringReadModel.NotReadyException.class, ReviewRecorder.NotRecordedException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }
}
