package io.gongkai.aggregation.monitoring;

import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.events.Violation;

import java.time.Instant;
import java.util.List;

/**
 * What the read model keeps of a report's latest outcome: its status and time, its findings, and the facts it repeats
 * of the report (shown while the parse has not arrived). Not the whole outcome: its region path, content hash and
 * figures were over a third of the read model's memory, and the parse or these facts say them already.
 */
record HeldOutcome(OutcomeStatus status, Instant checkedAt, ParsedFacts facts, List<Violation> violations) {

    static HeldOutcome of(ValidationOutcome outcome, Places places) {
        return new HeldOutcome(outcome.getStatus(), outcome.getCheckedAt(), ParsedFacts.ofOutcome(outcome, places),
                List.copyOf(outcome.getViolations()));
    }
}
