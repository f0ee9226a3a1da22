package io.gongkai.validation.streams;

import io.gongkai.schemas.RegionCodes;
import io.gongkai.schemas.ReportIds;
import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.platform.Faults;
import io.gongkai.platform.PipelineMeters;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.validation.rules.Validator;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks each report against the rules with the same organ's report of the year before, and keeps the outcomes
 * store current. Order does not matter: when year Y−1 arrives (or changes, or is retracted) after Y, Y is checked
 * again. An outcome is published only when it differs from the last one published for that report (the check time
 * aside), so an identical resubmission publishes nothing.
 *
 * <p>The reports store is the parsed topic as a table, already holding the record in hand; the report in hand is
 * checked as it came, and a stored report is decoded only when a neighbouring year needs it, at most twice per
 * record (the year before and the year after). A stored record that is not a report of its key (one that was
 * dead-lettered when it came) counts as no report.
 */
final class ValidationProcessor implements Processor<String, ParsedReport, String, OutcomeChange> {

    private final Validator validator;
    private final Deserializer<ParsedReport> reportReader;
    private ProcessorContext<String, OutcomeChange> context;
    private TimestampedKeyValueStore<String, byte[]> reports;
    private KeyValueStore<String, ValidationOutcome> outcomes;

    ValidationProcessor(Validator validator, Deserializer<ParsedReport> reportReader) {
        this.validator = validator;
        this.reportReader = reportReader;
    }

    @Override
    public void init(ProcessorContext<String, OutcomeChange> context) {
        this.context = context;
        this.reports = context.getStateStore(ValidationTopology.REPORTS_STORE);
        this.outcomes = context.getStateStore(ValidationTopology.OUTCOMES_STORE);
    }

    @Override
    public void process(Record<String, ParsedReport> record) {
        String reportId = record.key();
        ParsedReport report = record.value();
        if (report == null) {
            retract(reportId, record);
        } else {
            check(report, stored(ReportIds.shifted(reportId, -1)), record);
        }
        ParsedReport nextYear = stored(ReportIds.shifted(reportId, 1));
        if (nextYear != null) {
            check(nextYear, report, record);
        }
    }

    /** The stored report {@code reportId}, or null when there is none, or none that can be read as that report. */
    private ParsedReport stored(String reportId) {
        ValueAndTimestamp<byte[]> stored = reports.get(reportId);
        if (stored == null || stored.value() == null) {
            return null;
        }
        try {
            ParsedReport report = reportReader.deserialize(TopicCatalog.PARSED_REPORTS.name(), stored.value());
            return report != null && reportId.equals(report.getReportId()) ? report : null;
        } catch (RuntimeException e) {
            if (Faults.isTransient(e)) {
                throw e;
            }
            return null;
        }
    }

    private void retract(String reportId, Record<String, ParsedReport> cause) {
        ValidationOutcome last = outcomes.delete(reportId);
        if (last != null) {
            forward(cause, reportId, new OutcomeChange(null, last.getStatus()), regionOf(last));
        }
    }

    /** Checks {@code report} with the year before (null when not known), and forwards its outcome if it changed. */
    private void check(ParsedReport report, ParsedReport previousYear, Record<String, ParsedReport> cause) {
        String reportId = report.getReportId();
        ValidationOutcome outcome = validator.validate(report, Optional.ofNullable(previousYear), Instant.ofEpochMilli(context.currentSystemTimeMs()));
        ValidationOutcome last = outcomes.get(reportId);
        if (last != null && sameFindings(last, outcome)) {
            return;
        }
        outcomes.put(reportId, outcome);
        OutcomeStatus clear = last != null && last.getStatus() != outcome.getStatus() ? last.getStatus() : null;
        forward(cause, reportId, new OutcomeChange(outcome, clear), regionOf(outcome));
        PipelineMeters.outcome(outcome);
    }

    private void forward(Record<String, ParsedReport> cause, String reportId, OutcomeChange change, String region) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(TopicCatalog.REGION_HEADER, region.getBytes(StandardCharsets.UTF_8));
        context.forward(new Record<>(reportId, change, cause.timestamp(), headers));
    }

    private static boolean sameFindings(ValidationOutcome last, ValidationOutcome next) {
        return Objects.equals(ValidationOutcome.newBuilder(next).setCheckedAt(last.getCheckedAt()).build(), last);
    }

    private static String regionOf(ValidationOutcome outcome) {
        String code = outcome.getRegion().getCode();
        return code == null ? RegionCodes.UNRESOLVED : code;
    }
}
