package io.gongkai.validation.streams;

import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.ValidationOutcome;

/**
 * What to publish for one report: its new outcome (null when the report was retracted), and the status
 * topic to clear (null unless the outcome moved between passed and violations, or was retracted).
 */
record OutcomeChange(ValidationOutcome outcome, OutcomeStatus clear) {
}
