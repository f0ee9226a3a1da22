package io.gongkai.aggregation.streams;

import io.gongkai.events.ValidationOutcome;

/** A report's held outcome before and after one record: either may be null (new report, retraction). */
record OutcomeChange(ValidationOutcome before, ValidationOutcome after) {
}
