package io.gongkai.aggregation.console;

import io.gongkai.aggregation.monitoring.MonitoringReadModel;
import io.gongkai.aggregation.monitoring.ReviewRecorder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The console's errors as pages a person can read: 404 for an unknown region or report, 400 for a bad review,
 * 503 (the page reloads itself) while the index is loading or Kafka did not take a review.
 */
@ControllerAdvice(assignableTypes = {ConsoleController.class})
class ConsoleProblems {

    @ExceptionHandler(NoSuchElementException.class)
    ModelAndView notFound(NoSuchElementException e) {
        return page(HttpStatus.NOT_FOUND, "找不到", e.getMessage(), false);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView badRequest(IllegalArgumentException e) {
        return page(HttpStatus.BAD_REQUEST, "请求有误", e.getMessage(), false);
    }

    @ExceptionHandler({MonitoringReadModel.NotReadyException.class, ReviewRecorder.NotRecordedException.class})
    ModelAndView unavailable(RuntimeException e) {
        return page(HttpStatus.SERVICE_UNAVAILABLE, "暂时不可用", e.getMessage(), true);
    }

    private static ModelAndView page(HttpStatus status, String title, String detail, boolean retry) {
        ModelAndView page = new ModelAndView("console/problem", Map.of("title", title, "detail", String.valueOf(detail), "retry", retry));
        page.setStatus(status);
        return page;
    }
}
