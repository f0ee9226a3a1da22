package io.gongkai.validation.streams;

import io.gongkai.schemas.RegionCodes;
import io.gongkai.schemas.ReportIds;
import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.platform.PipelineMeters;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.validation.rules.Validator;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks each report against the rules with the same organ's report of the year before, and keeps both
 * stores current. Order does not matter: when year Y−1 arrives (or changes, or is retracted) after Y,
 * Y is checked again. An outcome is published only when it differs from the last one published for
 * that report (the check time aside), so an identical resubmission publishes nothing, and a report
 * delivered again byte for byte is not even checked again.
 *
 * <p>The reports store holds each report's bytes as they came; a stored report is decoded only when a
 * neighbouring year needs it, at most twice per record (the year before and the year after).
 */
final class ValidationProcessor implements Processor<String, DeliveredReport, String, OutcomeChange> {

    private final Validator validator;
    private final Deserializer<ParsedReport> reportReader;
    private ProcessorContext<String, OutcomeChange> context;
    private KeyValueStore<String, byte[]> reports;
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
    public void process(Record<String, DeliveredReport> record) {
        String reportId = record.key();
        DeliveredReport delivered = record.value();
        ParsedReport report = null;
        if (delivered == null) {
            retract(reportId, record);
        } else {
            if (Arrays.equals(reports.get(reportId), delivered.bytes()) && outcomes.get(reportId) != null) {
                return;
            }
            reports.put(reportId, delivered.bytes());
            report = delivered.report();
            check(report, stored(ReportIds.shifted(reportId, -1)), record);
        }
        ParsedReport nextYear = stored(ReportIds.shifted(reportId, 1));
        if (nextYear != null) {
            check(nextYear, report, record);
        }
    }

    private ParsedReport stored(String reportId) {
        byte[] bytes = reports.get(reportId);
        return bytes == null ? null : reportReader.deserialize(TopicCatalog.PARSED_REPORTS.name(), bytes);
    }

    private void retract(String reportId, Record<String, DeliveredReport> cause) {
        reports.delete(reportId);
        ValidationOutcome last = outcomes.delete(reportId);
        if (last != null) {
            forward(cause, reportId, new OutcomeChange(null, last.getStatus()), regionOf(last));
        }
    }

    /** Checks {@code report} with the year before (null when not known), and forwards its outcome if it changed. */
    private void check(ParsedReport report, ParsedReport previousYear, Record<String, DeliveredReport> cause) {
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

    private void forward(Record<String, DeliveredReport> cause, String reportId, OutcomeChange change, String region) {
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
