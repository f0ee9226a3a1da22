package io.gongkai.aggregation.streams;

import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.ValidationOutcome;

/** An outcome record after decoding, with the status of the topic it came from; the outcome is null for a tombstone. */
record DecodedOutcome(OutcomeStatus topicStatus, ValidationOutcome outcome) {
}
