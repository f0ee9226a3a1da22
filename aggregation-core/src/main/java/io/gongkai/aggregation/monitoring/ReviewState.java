package io.gongkai.aggregation.monitoring;

/**
 * Where a finding stands with its reviewers. OPEN and CONFIRMED findings count as open; a DISMISSED one leaves
 * the open counts but stays listed.
 */
public enum ReviewState {
    /** Not reviewed yet. */
    UNREVIEWED,
    CONFIRMED,
    DISMISSED;

    public boolean open() {
        return this != DISMISSED;
    }

    static ReviewState of(Review review) {
        return review == null ? UNREVIEWED : ReviewState.valueOf(review.decision().name());
    }
}
