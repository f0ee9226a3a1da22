package io.gongkai.aggregation.streams;

import io.gongkai.aggregation.totals.LatestOutcome;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.platform.PipelineMeters;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import java.util.Objects;

/**
 * Keeps each report's latest outcome (store {@value AggregationTopology#OUTCOMES_STORE}) by the rules of
 * {@link LatestOutcome}, and forwards every change of it, before and after. A record that changes nothing
 * (a duplicate, an older outcome, a tombstone for the other status) forwards nothing. The outcome records'
 * headers stay behind: they speak of one report, not of the totals.
 */
final class LatestOutcomeProcessor implements Processor<String, DecodedOutcome, String, OutcomeChange> {

    private ProcessorContext<String, OutcomeChange> context;
    private KeyValueStore<String, ValidationOutcome> outcomes;

    @Override
    public void init(ProcessorContext<String, OutcomeChange> context) {
        this.context = context;
        this.outcomes = context.getStateStore(AggregationTopology.OUTCOMES_STORE);
    }

    @Override
    public void process(Record<String, DecodedOutcome> record) {
        String reportId = record.key();
        ValidationOutcome held = outcomes.get(reportId);
        ValidationOutcome latest = LatestOutcome.after(held, record.value().outcome(), record.value().topicStatus());
        if (Objects.equals(held, latest)) {
            return;
        }
        if (latest == null) {
            outcomes.delete(reportId);
        } else {
            outcomes.put(reportId, latest);
        }
        context.forward(new Record<>(reportId, new OutcomeChange(held, latest), record.timestamp()));
        PipelineMeters.reportCounted(record.timestamp(), context.currentSystemTimeMs());
    }
}
