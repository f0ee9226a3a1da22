package io.gongkai.aggregation.totals;

import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.ValidationOutcome;

import java.time.Instant;
import java.util.function.Function;

/**
 * Which outcome a report holds, given that validation publishes it to two topics (passed, violations)
 * that are not ordered relative to each other. When a report's status moves, validation publishes the new
 * outcome to the new topic and a tombstone to the old one; a retraction is a tombstone in the topic of the
 * last outcome. So:
 * <ul>
 *   <li>an outcome replaces the held one unless its {@code checkedAt} is older;</li>
 *   <li>a tombstone from a topic removes the held outcome only if that outcome has the topic's status.</li>
 * </ul>
 * Whatever the interleaving of the two topics, once both are read the report holds its latest outcome, or
 * none if it was retracted: a report is never lost, nor brought back.
 */
public final class LatestOutcome {

    private LatestOutcome() {
    }

    /**
     * The outcome a report holds after {@code update} arrives from the topic of {@code topicStatus}.
     *
     * @param held        the outcome held so far, or null
     * @param update      the record's outcome, or null for a tombstone
     * @param topicStatus the status of the topic the record came from
     * @return the outcome now held, or null for none
     */
    public static ValidationOutcome after(ValidationOutcome held, ValidationOutcome update, OutcomeStatus topicStatus) {
        return after(held, ValidationOutcome::getStatus, ValidationOutcome::getCheckedAt, update, topicStatus, Function.identity());
    }

    /**
     * The same rule for a holder that keeps less than the whole outcome ({@code hold} makes it of an outcome): only the
     * held outcome's status and {@code checkedAt} decide.
     */
    public static <H> H after(H held, Function<H, OutcomeStatus> status, Function<H, Instant> checkedAt,
                              ValidationOutcome update, OutcomeStatus topicStatus, Function<ValidationOutcome, H> hold) {
        if (update == null) {
            return held != null && status.apply(held) == topicStatus ? null : held;
        }
        if (held != null && update.getCheckedAt().isBefore(checkedAt.apply(held))) {
            return held;
        }
        return hold.apply(update);
    }
}
