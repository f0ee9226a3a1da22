package io.gongkai.aggregation.streams;

import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.platform.streams.DeadLetters;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * What an outcome topic's record must be to be taken: a tombstone, or an outcome in the registry wire
 * format whose reportId is the key and whose status is the topic's. Anything else is a dead letter.
 */
final class OutcomeDecoder implements DeadLetters.Decoder<ValidationOutcome> {

    private final OutcomeStatus topicStatus;
    private final Deserializer<ValidationOutcome> deserializer;

    /** Decodes the records of the topic that holds outcomes of {@code topicStatus}. */
    OutcomeDecoder(OutcomeStatus topicStatus, Deserializer<ValidationOutcome> deserializer) {
        this.topicStatus = topicStatus;
        this.deserializer = deserializer;
    }

    @Override
    public ValidationOutcome decode(String topic, String reportId, byte[] bytes) {
        if (reportId == null) {
            throw new IllegalArgumentException("an outcome needs its reportId as the key");
        }
        ValidationOutcome outcome = deserializer.deserialize(topic, bytes);
        if (outcome != null && !reportId.equals(outcome.getReportId())) {
            throw new IllegalArgumentException("key " + reportId + " is not the outcome's reportId " + outcome.getReportId());
        }
        if (outcome != null && outcome.getStatus() != topicStatus) {
            throw new IllegalArgumentException("a " + outcome.getStatus() + " outcome on the topic of " + topicStatus + " outcomes");
        }
        return outcome;
    }
}
