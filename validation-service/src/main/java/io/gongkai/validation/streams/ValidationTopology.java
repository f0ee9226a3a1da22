package io.gongkai.validation.streams;

import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.platform.streams.DeadLetters;
import io.gongkai.schemas.ReportIds;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.validation.rules.Validator;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The validation topology: parsed reports in, outcomes out.
 * <pre>
 * gongkai.reports.parsed.v1 ─table [store validation-reports]─decode─┬─ undecodable ─▶ gongkai.reports.parsed.v1-dlt
 *                                                                   └─ validate [store validation-outcomes]
 *     ├─ PASS ─▶ gongkai.validation.passed.v1            (+ tombstone in the other topic when the status moved)
 *     └─ VIOLATION ─▶ gongkai.validation.violations.v1
 * </pre>
 * Ingest partitions the parsed topic by organ ({@link io.gongkai.schemas.ReportPartitioner}), so every year of an
 * organ arrives in one task and the cross-year rules find them in its store: no repartition. Every store is named,
 * so the application's internal topics keep their names across topology changes.
 */
public final class ValidationTopology {

    /**
     * The parsed topic as a table, by reportId: every year of an organ in one task (the topic is partitioned by organ),
     * in the bytes they came in. The topic is compacted and is this store's changelog
     * ({@code topology.optimization=reuse.ktable.source.topics}): each report is written to the broker once, not a
     * second time to a changelog of its own.
     */
    public static final String REPORTS_STORE = "validation-reports";
    /** The last outcome published per reportId. */
    public static final String OUTCOMES_STORE = "validation-outcomes";

    private ValidationTopology() {
    }

    /** Adds the topology to {@code builder}; returns the source stream. */
    public static KStream<String, byte[]> define(StreamsBuilder builder, Validator validator,
                                                 Serde<ParsedReport> reportSerde, Serde<ValidationOutcome> outcomeSerde) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(OUTCOMES_STORE), Serdes.String(), outcomeSerde));

        KStream<String, byte[]> source = builder.table(TopicCatalog.PARSED_REPORTS.name(),
                        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("parsed-reports"),
                        Materialized.<String, byte[], KeyValueStore<Bytes, byte[]>>as(REPORTS_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray()).withCachingDisabled())
                .toStream(Named.as("parsed-report-changes"));
        Deserializer<ParsedReport> reports = reportSerde.deserializer();
        KStream<String, OutcomeChange> changes = DeadLetters.decode(source, (topic, reportId, bytes) -> {
                    if (reportId == null) {
                        throw new IllegalArgumentException("a parsed report needs its reportId as the key");
                    }
                    ReportIds.year(reportId);
                    ParsedReport report = reports.deserialize(topic, bytes);
                    if (report != null && !reportId.equals(report.getReportId())) {
                        throw new IllegalArgumentException("key " + reportId + " is not the report's reportId "
                                + report.getReportId());
                    }
                    return report;
                }, TopicCatalog.PARSED_REPORTS, "parsed")
                .process(() -> new ValidationProcessor(validator, reports), Named.as("validate"), REPORTS_STORE, OUTCOMES_STORE);

        changes.filter((reportId, change) -> change.outcome() != null, Named.as("outcomes"))
                .mapValues(OutcomeChange::outcome, Named.as("outcome"))
                .split(Named.as("outcome-"))
                .branch((reportId, outcome) -> outcome.getStatus() == OutcomeStatus.PASS, Branched.withConsumer(passed -> passed.to(
                        TopicCatalog.VALIDATION_PASSED.name(), Produced.with(Serdes.String(), outcomeSerde).withName("publish-passed")), "passed"))
                .defaultBranch(Branched.withConsumer(violations -> violations.to(
                        TopicCatalog.VALIDATION_VIOLATIONS.name(), Produced.with(Serdes.String(), outcomeSerde).withName("publish-violations")), "violation"));

        changes.filter((reportId, change) -> change.clear() != null, Named.as("moved-or-retracted"))
                .split(Named.as("clear-"))
                .branch((reportId, change) -> change.clear() == OutcomeStatus.PASS, Branched.withConsumer(passed -> passed
                        .mapValues(change -> (ValidationOutcome) null, Named.as("passed-tombstone"))
                        .to(TopicCatalog.VALIDATION_PASSED.name(), Produced.with(Serdes.String(), outcomeSerde).withName("tombstone-passed")), "passed"))
                .defaultBranch(Branched.withConsumer(violations -> violations
                        .mapValues(change -> (ValidationOutcome) null, Named.as("violations-tombstone"))
                        .to(TopicCatalog.VALIDATION_VIOLATIONS.name(), Produced.with(Serdes.String(), outcomeSerde).withName("tombstone-violations")), "violation"));
        return source;
    }
}
