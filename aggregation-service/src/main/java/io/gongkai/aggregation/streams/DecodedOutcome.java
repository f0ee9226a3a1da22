package io.gongkai.aggregation.streams;

import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.ValidationOutcome;

/**
 * An outcome record after decoding, with the status of the topic it came from: the outcome (null for a
 * tombstone), or the original bytes and why they could not be taken.
 */
record DecodedOutcome(OutcomeStatus topicStatus, ValidationOutcome outcome, byte[] undecodable, Exception error) {

    static DecodedOutcome of(OutcomeStatus topicStatus, ValidationOutcome outcome) {
        return new DecodedOutcome(topicStatus, outcome, null, null);
    }

    static DecodedOutcome failed(OutcomeStatus topicStatus, byte[] bytes, Exception error) {
        return new DecodedOutcome(topicStatus, null, bytes, error);
    }

    boolean isFailure() {
        return error != null;
    }
}
