package io.gongkai.aggregation.streams;

import io.gongkai.aggregation.totals.Contributions;
import io.gongkai.aggregation.totals.Tallies;
import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.RegionTally;
import io.gongkai.events.RegionTotals;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.platform.streams.DeadLetters;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.TopicSpec;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;


/**
 * The aggregation topology: outcomes in, regional totals out.
 * <pre>
 * gongkai.validation.passed.v1 ─────decode─┬─ undecodable ─▶ gongkai.validation.passed.v1-dlt
 *                                          └──────┐
 * gongkai.validation.violations.v1 ─decode─┬─ undecodable ─▶ gongkai.validation.violations.v1-dlt
 *                                          └─ merge ─▶ latest-outcome [store latest-outcomes]
 *   ─▶ contribution-deltas (old contribution subtracted, new added; key &lt;regionCode&gt;:&lt;year&gt;)
 *   ─▶ coalesce-deltas (summed per region-year within the task, sent on and committed every commit interval) [store pending-deltas]
 *   ─▶ repartition region-deltas ─▶ sum [store region-tallies] ─▶ gongkai.region-totals.v1 (a tombstone
 *      when a region-year loses its last report)
 * </pre>
 * Both outcome topics are keyed by reportId and created by validation with the same partition count, so a
 * report's records from either topic meet in one task. Every store, processor and repartition topic is
 * named, so the application's internal topics keep their names across topology changes.
 *
 * <p>No store is cached: what a store writes goes to its changelog (and a sum to the totals topic) as it is made,
 * while the thread goes on. From a cache it would go at the commit, where Streams flushes a thread's tasks one after
 * another and waits for each one's sends: at 100 reports/s aggregation's thread spent a quarter to a third of its time
 * in those waits, and a total reached its topic about 280 ms (p50) after its deltas were sent on instead of 165.
 */
public final class AggregationTopology {

    /** The latest outcome of every report, by reportId. */
    public static final String OUTCOMES_STORE = "latest-outcomes";
    /** The running {@link RegionTally} of every region-year with reports, by {@code <regionCode>:<year>}: what HTTP queries read. */
    public static final String TALLIES_STORE = "region-tallies";
    /** A task's deltas summed per region-year until they are sent on ({@link DeltaCoalescer}). */
    public static final String PENDING_STORE = "pending-deltas";
    /** Repartition of the deltas by region-year: {@code <application.id>-region-deltas-repartition}. */
    public static final String BY_REGION = "region-deltas";

    private AggregationTopology() {
    }

    /** Adds the topology to {@code builder}; returns the table of running tallies by region-year. */
    public static KTable<String, RegionTally> define(StreamsBuilder builder, Serde<ValidationOutcome> outcomeSerde,
                                                     Serde<RegionTally> tallySerde, Serde<RegionTotals> totalsSerde) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(OUTCOMES_STORE), Serdes.String(), outcomeSerde));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(PENDING_STORE), Serdes.String(), tallySerde));

        KStream<String, DecodedOutcome> passed = decoded(builder, TopicCatalog.VALIDATION_PASSED, OutcomeStatus.PASS, "passed", outcomeSerde);
        KStream<String, DecodedOutcome> violations = decoded(builder, TopicCatalog.VALIDATION_VIOLATIONS, OutcomeStatus.VIOLATION, "violations", outcomeSerde);

        KTable<String, RegionTally> tallies = passed.merge(violations, Named.as("outcomes"))
                .process(LatestOutcomeProcessor::new, Named.as("latest-outcome"), OUTCOMES_STORE)
                .flatMap((reportId, change) -> Contributions.change(change.before(), change.after()).entrySet().stream()
                        .map(delta -> KeyValue.pair(delta.getKey(), delta.getValue()))
                        .toList(), Named.as("contribution-deltas"))
                .process(DeltaCoalescer::new, Named.as("coalesce-deltas"), PENDING_STORE)
                .repartition(Repartitioned.<String, RegionTally>as(BY_REGION).withKeySerde(Serdes.String()).withValueSerde(tallySerde))
                .groupByKey(Grouped.with(Serdes.String(), tallySerde))
                .aggregate(Tallies::empty, (regionYear, delta, total) -> sumOrNothing(total, delta), Named.as("sum"),
                        Materialized.<String, RegionTally, KeyValueStore<Bytes, byte[]>>as(TALLIES_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(tallySerde)
                                .withCachingDisabled());

        tallies.toStream(Named.as("tally-changes"))
                .mapValues(tally -> tally == null ? null : Tallies.totals(tally), Named.as("totals"))
                .to(TopicCatalog.REGION_TOTALS.name(), Produced.with(Serdes.String(), totalsSerde).withName("region-totals"));
        return tallies;
    }

    /**
     * The adder: {@code total + delta}, or null once the region-year holds no report, which deletes it from
     * the store and tombstones it in the output.
     */
    static RegionTally sumOrNothing(RegionTally total, RegionTally delta) {
        RegionTally sum = Tallies.plus(total, delta);
        return sum.getContributors() > 0 ? sum : null;
    }

    /** The decodable records of one outcome topic, with its status; the others go to its dead-letter topic. */
    private static KStream<String, DecodedOutcome> decoded(StreamsBuilder builder, TopicSpec<?, ?> topic, OutcomeStatus status, String name,
                                                           Serde<ValidationOutcome> outcomeSerde) {
        KStream<String, byte[]> source = builder.stream(topic.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(name + "-outcomes"));
        return DeadLetters.decode(source, new OutcomeDecoder(status, outcomeSerde.deserializer()), topic, name)
                .mapValues(outcome -> new DecodedOutcome(status, outcome), Named.as(name + "-with-status"));
    }
}
