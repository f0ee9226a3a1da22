package io.gongkai.aggregation.monitoring;

import io.gongkai.events.ReviewDecision;

import java.time.Instant;

/** A reviewer's latest decision on a finding. */
public record Review(ReviewDecision decision, String reason, String reviewer, Instant decidedAt) {
}
