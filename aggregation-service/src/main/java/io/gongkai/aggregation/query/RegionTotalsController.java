package io.gongkai.aggregation.query;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Regional totals over HTTP, answered from the state stores.
 * <ul>
 *   <li>{@code GET /regions/{code}/totals?year=Y}: the region's totals ({@link RegionTotalsJson}); {@code code}
 *       is a gazetteer code, {@code CN} or {@code unresolved}.</li>
 *   <li>{@code GET /regions/{code}/children?year=Y}: the totals of the regions one level down with reports, in
 *       code order.</li>
 * </ul>
 * 404 when the region has no reports that year; 503 with {@code Retry-After} while the answer cannot be had
 * (Kafka Streams starting, rebalancing or restoring, or the owning instance unreachable). Errors are
 * RFC 9457 problem details.
 */
@RestController
@RequestMapping("/regions/{code}")
public class RegionTotalsController {

    /** Seconds a client should wait before asking again after a 503. */
    static final int RETRY_AFTER_SECONDS = 1;

    private final RegionTotalsLookup lookup;

    public RegionTotalsController(RegionTotalsLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/totals")
    public ResponseEntity<?> totals(@PathVariable String code, @RequestParam int year,
                                    @RequestHeader(name = RegionTotalsLookup.FORWARDED_HEADER, required = false) String forwardedBy) {
        return answer(lookup.totals(code, year, forwardedBy != null));
    }

    @GetMapping("/children")
    public ResponseEntity<?> children(@PathVariable String code, @RequestParam int year) {
        return answer(lookup.children(code, year));
    }

    private static ResponseEntity<?> answer(Lookup<?> lookup) {
        if (lookup instanceof Lookup.Found<?> found) {
            return ResponseEntity.ok(found.value());
        }
        if (lookup instanceof Lookup.Missing<?> missing) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.reason()));
        }
        Lookup.Unavailable<?> unavailable = (Lookup.Unavailable<?>) lookup;
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, unavailable.reason()));
    }
}
