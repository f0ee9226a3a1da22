package io.gongkai.aggregation.totals;

import io.gongkai.aggregation.SeedOutcomes;
import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.ValidationOutcome;
import org.junit.jupiter.api.Test;

import static io.gongkai.events.OutcomeStatus.PASS;
import static io.gongkai.events.OutcomeStatus.VIOLATION;
import static org.assertj.core.api.Assertions.assertThat;

class LatestOutcomeTest {

    private final ValidationOutcome passed = SeedOutcomes.seed(0);
    private final ValidationOutcome laterViolation = SeedOutcomes.recheck(passed, VIOLATION, passed.getFigures(),
            passed.getCheckedAt().plusSeconds(60));

    @Test
    void firstOutcomeIsHeld() {
        assertThat(LatestOutcome.after(null, passed, PASS)).isSameAs(passed);
    }

    @Test
    void newerOrEquallyOldOutcomeReplacesTheHeldOne() {
        assertThat(LatestOutcome.after(passed, laterViolation, VIOLATION)).isSameAs(laterViolation);
        ValidationOutcome sameInstant = ValidationOutcome.newBuilder(passed).setContentHash("other").build();
        assertThat(LatestOutcome.after(passed, sameInstant, PASS)).isSameAs(sameInstant);
    }

    @Test
    void olderOutcomeIsIgnored() {
        assertThat(LatestOutcome.after(laterViolation, passed, PASS)).isSameAs(laterViolation);
    }

    @Test
    void tombstoneRemovesOnlyAnOutcomeOfItsTopicsStatus() {
        assertThat(LatestOutcome.after(passed, null, PASS)).isNull();
        assertThat(LatestOutcome.after(laterViolation, null, PASS)).as("the move's tombstone after the move").isSameAs(laterViolation);
        assertThat(LatestOutcome.after(null, null, VIOLATION)).isNull();
    }

    @Test
    void statusMoveEndsOnTheNewOutcomeInEitherOrder() {
        ValidationOutcome outcomeFirst = LatestOutcome.after(LatestOutcome.after(passed, laterViolation, VIOLATION), null, PASS);
        ValidationOutcome tombstoneFirst = LatestOutcome.after(LatestOutcome.after(passed, null, PASS), laterViolation, VIOLATION);

        assertThat(outcomeFirst).isSameAs(laterViolation);
        assertThat(tombstoneFirst).isSameAs(laterViolation);
    }

    @Test
    void retractionAfterAMoveIsNotUndoneByTheOtherTopicsLaggingRecords() {
        // passed: v1, tombstone (moved); violations: v2, tombstone (retracted) — violations read first.
        ValidationOutcome held = null;
        held = LatestOutcome.after(held, laterViolation, VIOLATION);
        held = LatestOutcome.after(held, null, VIOLATION);
        held = LatestOutcome.after(held, passed, OutcomeStatus.PASS);
        held = LatestOutcome.after(held, null, OutcomeStatus.PASS);

        assertThat(held).isNull();
    }
}
