package io.gongkai.aggregation.monitoring;

import io.gongkai.schemas.RegionCodes;

/**
 * Which reports to list: those under {@code region}, and, where given, of one year and status, by organ name. A blank
 * filter is no filter.
 */
public record ReportQuery(String region, Integer year, MonitoredReport.Status status, String organ) {

    public ReportQuery {
        region = region == null || region.isBlank() ? RegionCodes.COUNTRY : region;
        organ = organ == null || organ.isBlank() ? null : organ;
    }

    boolean matches(MonitoredReport report) {
        return report.within(region)
                && (year == null || report.year() == year)
                && (status == null || report.status() == status)
                && (organ == null || report.organ().contains(organ));
    }

    /** Orders of a reports listing. */
    public enum Sort {
        ORGAN,
        /** Latest checked first; pending ones last. */
        NEWEST,
        /** Most applications received first. */
        RECEIVED;

        String key(MonitoredReport report) {
            return switch (this) {
                case ORGAN -> report.organ() + "\u0000" + report.year();
                case NEWEST -> Pager.descending(report.checkedAt() == null ? null : report.checkedAt().toEpochMilli());
                case RECEIVED -> Pager.descending(report.figures().received() == null ? null : report.figures().received().longValue());
            };
        }
    }
}
