package io.gongkai.aggregation.monitoring;

import io.gongkai.events.Severity;
import io.gongkai.schemas.RegionCodes;

/**
 * Which findings to list: those of reports under {@code region} (every ancestor sees its descendants'), and, where
 * given, of one year, rule, severity, review state, and organs whose name contains {@code organ}. A blank filter, as
 * an empty form field sends it, is no filter.
 */
public record FindingQuery(String region, Integer year, String rule, Severity severity, String organ,
                           ReviewFilter review) {

    public FindingQuery {
        region = region == null || region.isBlank() ? RegionCodes.COUNTRY : region;
        rule = rule == null || rule.isBlank() ? null : rule;
        organ = organ == null || organ.isBlank() ? null : organ;
        review = review == null ? ReviewFilter.ALL : review;
    }

    public static FindingQuery everywhere() {
        return new FindingQuery(null, null, null, null, null, null);
    }

    boolean matches(FindingView view) {
        MonitoredReport report = view.report();
        return report.within(region)
                && (year == null || report.year() == year)
                && (rule == null || rule.equals(view.finding().rule()))
                && (severity == null || severity == view.finding().severity())
                && (organ == null || report.organ().contains(organ))
                && review.admits(view.state());
    }

    /** Findings by where they stand with reviewers. */
    public enum ReviewFilter {
        ALL, OPEN, UNREVIEWED, CONFIRMED, DISMISSED;

        boolean admits(ReviewState state) {
            return switch (this) {
                case ALL -> true;
                case OPEN -> state.open();
                default -> state.name().equals(name());
            };
        }
    }

    /** Orders of a findings listing. */
    public enum Sort {
        /** Latest checked first. */
        NEWEST,
        ORGAN,
        RULE,
        /** Errors first. */
        SEVERITY;

        String key(FindingView view) {
            return switch (this) {
                case NEWEST -> Pager.descending(view.report().checkedAt().toEpochMilli());
                case ORGAN -> view.report().organ() + "\u0000" + view.report().year();
                case RULE -> view.finding().rule();
                case SEVERITY -> Integer.toString(view.finding().severity().ordinal());
            };
        }
    }
}
