package io.gongkai.ingest.report;

import io.gongkai.events.ParsedReport;
import io.gongkai.events.RejectedReport;

/** What became of a document: a parsed report, or a rejection with its reason. Never nothing. */
public sealed interface IngestOutcome {

    /** The document is a report: its canonical cells, region and identity. */
    record Parsed(ParsedReport report) implements IngestOutcome {
    }

    /** The document is not a readable report. */
    record Rejected(RejectedReport rejection) implements IngestOutcome {
    }
}
