package io.gongkai.cli;

import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.ingest.report.IngestOutcome;
import io.gongkai.schemas.ReportIds;
import io.gongkai.validation.rules.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Offline: parse every file, then check each report against every rule; the cross-year rules pair each
 * report with the same organ's report of the year before among the files given. One JSON line per
 * file; exit 1 when any file violates a rule or is rejected.
 */
@Command(name = "validate", description = "Parse documents and check them against every rule (JSON Lines).")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        OfflineIngest ingest = new OfflineIngest();
        Map<Path, IngestOutcome> outcomes = new LinkedHashMap<>();
        Map<String, ParsedReport> byId = new HashMap<>();
        boolean allRead = ingest.ingestEach(SubmitCommand.documents(inputs), (file, outcome) -> {
            outcomes.put(file, outcome);
            if (outcome instanceof IngestOutcome.Parsed parsed) {
                byId.put(parsed.report().getReportId(), parsed.report());
            }
        });
        Validator validator = new Validator();
        Instant now = Instant.now();
        boolean findings = false;
        for (Map.Entry<Path, IngestOutcome> entry : outcomes.entrySet()) {
            String file = entry.getKey().toString();
            if (entry.getValue() instanceof IngestOutcome.Parsed parsed) {
                ParsedReport report = parsed.report();
                Optional<ParsedReport> previousYear = Optional.ofNullable(byId.get(ReportIds.shifted(report.getReportId(), -1)));
                ValidationOutcome outcome = validator.validate(report, previousYear, now);
                findings |= outcome.getStatus() == OutcomeStatus.VIOLATION;
                System.out.println(ReportJson.line(ReportJson.outcome(file, outcome)));
            } else {
                findings = true;
                System.out.println(ReportJson.line(ReportJson.rejectedOutcome(file, ((IngestOutcome.Rejected) entry.getValue()).rejection())));
            }
        }
        return !allRead ? Gongkai.EXIT_ERROR : findings ? Gongkai.EXIT_FINDINGS : 0;
    }
}
