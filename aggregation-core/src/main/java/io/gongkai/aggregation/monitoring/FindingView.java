package io.gongkai.aggregation.monitoring;

/** A finding with the report it belongs to and its review, if any. */
public record FindingView(Finding finding, MonitoredReport report, Review review) {

    public ReviewState state() {
        return ReviewState.of(review);
    }
}
