package io.gongkai.schemas;

/**
 * Report ids are {@code <region code>:<organ role>:<year>} (the key of gongkai.reports.parsed.v1 and the
 * outcome topics): the organ is everything before the last colon, the year after it. Cross-year rules
 * pair an organ's neighbouring years.
 */
public final class ReportIds {

    private ReportIds() {
    }

    /** The organ part of a report id: the same for every year of one organ. */
    public static String organ(String reportId) {
        return reportId.substring(0, separator(reportId));
    }

    public static int year(String reportId) {
        return Integer.parseInt(reportId.substring(separator(reportId) + 1));
    }

    /** The id of the same organ's report {@code delta} years away. */
    public static String shifted(String reportId, int delta) {
        return organ(reportId) + ":" + (year(reportId) + delta);
    }

    private static int separator(String reportId) {
        int colon = reportId.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a report id (<region>:<organ>:<year>): " + reportId);
        }
        return colon;
    }
}
