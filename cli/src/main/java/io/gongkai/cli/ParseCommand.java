package io.gongkai.cli;

import io.gongkai.events.RejectedReport;
import io.gongkai.ingest.report.IngestOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Offline: one JSON line per file with every canonical cell, or the rejection's reason; a file that cannot be read
 * from disk gets an {@code ERROR} line and the others go on. Exit 1 when any file is rejected, 2 when any could not
 * be read. With {@code --summary}, what was lost at a glance: a last JSON line {@code {"summary": …}} counting files
 * by status, rejections by reason and the cells left unread, and the same as a table on stderr.
 */
@Command(name = "parse", description = "Parse documents offline into canonical cells (JSON Lines).")
final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
    List<Path> inputs;

    @Option(names = "--summary", description = "After the files, count them by status and rejection reason.")
    boolean summary;

    @Override
    public Integer call() throws Exception {
        OfflineIngest ingest = new OfflineIngest();
        ParseSummary counts = new ParseSummary();
        boolean allRead = ingest.ingestEach(SubmitCommand.documents(inputs), (file, outcome) -> {
            counts.add(outcome);
            if (outcome instanceof IngestOutcome.Parsed parsed) {
                System.out.println(ReportJson.line(ReportJson.parsed(file.toString(), parsed.report())));
            } else {
                RejectedReport rejection = ((IngestOutcome.Rejected) outcome).rejection();
                System.out.println(ReportJson.line(ReportJson.rejected(file.toString(), rejection)));
            }
        });
        if (summary) {
            System.out.println(ReportJson.line(counts.json()));
            System.err.print(counts.table());
        }
        return !allRead ? Gongkai.EXIT_ERROR : counts.rejected() > 0 ? Gongkai.EXIT_FINDINGS : 0;
    }
}
