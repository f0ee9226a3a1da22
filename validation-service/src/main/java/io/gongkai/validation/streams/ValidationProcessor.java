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
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks each report against the rules with the same organ's report of the year before, and keeps both
 * stores current. Order does not matter: when year Y−1 arrives (or changes, or is retracted) after Y,
 * Y is checked again. An outcome is published only when it differs from the last one published for
 * that report (the check time aside), so an identical resubmission publishes nothing.
 */
final class ValidationProcessor implements Processor<String, ParsedReport, String, OutcomeChange> {

    private final Validator validator;
    private ProcessorContext<String, OutcomeChange> context;
    private KeyValueStore<String, ParsedReport> reports;
    private KeyValueStore<String, ValidationOutcome> outcomes;

    ValidationProcessor(Validator validator) {
        this.validator = validator;
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
            ParsedReport stored = reports.get(reportId);
            if (stored != null && stored.getContentHash().equals(report.getContentHash()) && outcomes.get(reportId) != null) {
                return;
            }
            reports.put(reportId, report);
            check(reportId, record);
        }
        check(ReportIds.shifted(reportId, 1), record);
    }

    private void retract(String reportId, Record<String, ParsedReport> cause) {
        reports.delete(reportId);
        ValidationOutcome last = outcomes.delete(reportId);
        if (last != null) {
            forward(cause, reportId, new OutcomeChange(null, last.getStatus()), regionOf(last));
        }
    }

    /** Checks the stored report {@code reportId}, if any, and forwards its outcome if it changed. */
    private void check(String reportId, Record<String, ParsedReport> cause) {
        ParsedReport report = reports.get(reportId);
        if (report == null) {
            return;
        }
        Optional<ParsedReport> previousYear = Optional.ofNullable(reports.get(ReportIds.shifted(reportId, -1)));
        ValidationOutcome outcome = validator.validate(report, previousYear, Instant.ofEpochMilli(context.currentSystemTimeMs()));
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
