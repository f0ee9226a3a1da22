package io.gongkai.cli;

import io.gongkai.ingest.report.IngestOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Offline: one JSON line per file with every canonical cell, or the rejection's reason. Exit 1 when any file is rejected. */
@Command(name = "parse", description = "Parse documents offline into canonical cells (JSON Lines).")
final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        OfflineIngest ingest = new OfflineIngest();
        boolean rejected = false;
        for (Path file : SubmitCommand.documents(inputs)) {
            IngestOutcome outcome = ingest.ingest(file);
            if (outcome instanceof IngestOutcome.Parsed parsed) {
                System.out.println(ReportJson.line(ReportJson.parsed(file.toString(), parsed.report())));
            } else {
                rejected = true;
                System.out.println(ReportJson.line(ReportJson.rejected(file.toString(), ((IngestOutcome.Rejected) outcome).rejection())));
            }
        }
        return rejected ? Gongkai.EXIT_FINDINGS : 0;
    }
}
