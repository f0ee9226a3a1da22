package io.gongkai.aggregation.streams;

import io.gongkai.aggregation.totals.Tallies;
import io.gongkai.events.RegionTally;
import io.gongkai.platform.InMemorySchemaRegistry;
import io.gongkai.schemas.registry.AvroSerde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedPunctuator;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class DeltaCoalescerTest {

    private final DeltaCoalescer coalescer = new DeltaCoalescer();
    private MockProcessorContext<String, RegionTally> context;

    @BeforeEach
    void init() {
        Properties config = new Properties();
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50L);
        context = new MockProcessorContext<>(config);
        KeyValueStore<String, RegionTally> pending = Stores.keyValueStoreBuilder(
                        Stores.inMemoryKeyValueStore(AggregationTopology.PENDING_STORE), Serdes.String(),
                        new AvroSerde<RegionTally>(new InMemorySchemaRegistry()))
                .withLoggingDisabled().build();
        pending.init(context.getStateStoreContext(), pending);
        context.addStateStore(pending);
        coalescer.init(context);
    }

    @Test
    void sendsOneSumPerRegionYearEveryCommitIntervalAndUnderLightLoadCommitsIt() {
        coalescer.process(new Record<>("110000:2024", delta(1), 0));
        coalescer.process(new Record<>("110000:2024", delta(2), 0));
        coalescer.process(new Record<>("000000:2024", delta(1), 0));

        assertThat(punctuator().getInterval()).isEqualTo(Duration.ofMillis(50));
        flush();

        assertThat(sent()).extracting(Record::key).containsExactlyInAnyOrder("110000:2024", "000000:2024");
        assertThat(sent()).filteredOn(sum -> sum.key().equals("110000:2024"))
                .extracting(sum -> sum.value().getReports()).containsExactly(3);
        assertThat(context.committed()).as("the sums are committed at once, not at the next interval").isTrue();
    }

    @Test
    void underLoadTheSumsWaitForTheIntervalsCommit() {
        for (int i = 0; i <= DeltaCoalescer.PROMPT_COMMIT_MAX_DELTAS; i++) {
            coalescer.process(new Record<>("110000:2024", delta(1), 0));
        }
        flush();

        assertThat(sent()).extracting(sum -> sum.value().getReports()).containsExactly(DeltaCoalescer.PROMPT_COMMIT_MAX_DELTAS + 1);
        assertThat(context.committed()).isFalse();

        coalescer.process(new Record<>("110000:2024", delta(1), 0));
        flush();
        assertThat(context.committed()).as("the load is counted afresh each interval").isTrue();
    }

    @Test
    void anIntervalWithNothingToSendAsksForNoCommit() {
        flush();

        assertThat(context.forwarded()).isEmpty();
        assertThat(context.committed()).isFalse();
    }

    @Test
    void sumsThatCancelOutAreForgottenNotSent() {
        coalescer.process(new Record<>("110000:2024", delta(1), 0));
        coalescer.process(new Record<>("110000:2024", Tallies.negate(delta(1)), 0));
        flush();
        assertThat(context.forwarded()).isEmpty();

        coalescer.process(new Record<>("000000:2024", delta(1), 0));
        flush();

        assertThat(sent()).extracting(Record::key).containsExactly("000000:2024");
    }

    private List<Record<String, RegionTally>> sent() {
        return context.forwarded().stream().map(forward -> new Record<String, RegionTally>(
                forward.record().key(), forward.record().value(), forward.record().timestamp())).toList();
    }

    private CapturedPunctuator punctuator() {
        return context.scheduledPunctuators().get(0);
    }

    private void flush() {
        punctuator().getPunctuator().punctuate(1_000L);
    }

    private static RegionTally delta(int reports) {
        RegionTally tally = Tallies.empty();
        tally.setContributors(reports);
        tally.setReports(reports);
        return tally;
    }
}
