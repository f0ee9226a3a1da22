package io.gongkai.aggregation.monitoring;

import io.gongkai.events.Layout;
import io.gongkai.events.Resolution;
import io.gongkai.events.Scope;
import io.gongkai.schemas.RegionCodes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One report as a monitoring office sees it: who, where, which year, its peer figures, and its latest outcome —
 * {@link Status#PENDING} while it is parsed but not yet checked.
 *
 * @param path      province down to the most precise division resolved; empty when unresolved
 * @param sourceUrl where it was published, when known
 * @param published 公开日期, when known
 * @param checkedAt when its outcome was reached; null while pending
 * @param findings  its violations, empty when it passed or is pending
 */
public record MonitoredReport(String reportId, String organ, Scope scope, int year, Layout layout, Resolution resolution,
                              List<Place> path, String sourceUrl, LocalDate published, PeerFigures figures, Status status,
                              Instant checkedAt, List<Finding> findings) {

    public enum Status { PENDING, PASS, VIOLATION }

    /** The most precise division resolved, or null when unresolved. */
    public Place place() {
        return path.isEmpty() ? null : path.get(path.size() - 1);
    }

    /**
     * Whether the report falls under a region: {@link RegionCodes#COUNTRY} holds every report,
     * {@link RegionCodes#UNRESOLVED} those without a place, any other code those whose path passes through it.
     */
    public boolean within(String regionCode) {
        if (RegionCodes.COUNTRY.equals(regionCode)) {
            return true;
        }
        if (RegionCodes.UNRESOLVED.equals(regionCode)) {
            return path.isEmpty();
        }
        for (Place place : path) {
            if (place.code().equals(regionCode)) {
                return true;
            }
        }
        return false;
    }

    /** The division one level below {@code regionCode} on this report's path, or null when there is none. */
    Place childOf(String regionCode) {
        if (RegionCodes.COUNTRY.equals(regionCode)) {
            return path.isEmpty() ? null : path.get(0);
        }
        for (int i = 0; i < path.size() - 1; i++) {
            if (path.get(i).code().equals(regionCode)) {
                return path.get(i + 1);
            }
        }
        return null;
    }
}
