package io.gongkai.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.events.ParsedReport;
import io.gongkai.ingest.report.IngestOutcome;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a run of {@code parse} read and lost: files by status, rejections by reason, and the reports that were read
 * with cells left unread (and how many cells).
 */
final class ParseSummary {

    private static final ObjectMapper JSON = new ObjectMapper();

    private int parsed;
    private final Map<String, Integer> rejectedByReason = new TreeMap<>();
    private int withUnreadableCells;
    private int unreadableCells;

    void add(IngestOutcome outcome) {
        if (outcome instanceof IngestOutcome.Parsed read) {
            parsed++;
            ParsedReport report = read.report();
            if (!report.getUnreadableCells().isEmpty()) {
                withUnreadableCells++;
                unreadableCells += report.getUnreadableCells().size();
            }
        } else {
            String reason = ((IngestOutcome.Rejected) outcome).rejection().getReason().name();
            rejectedByReason.merge(reason, 1, Integer::sum);
        }
    }

    int rejected() {
        return rejectedByReason.values().stream().mapToInt(Integer::intValue).sum();
    }

    ObjectNode json() {
        ObjectNode summary = JSON.createObjectNode();
        ObjectNode counts = summary.putObject("summary");
        counts.put("files", parsed + rejected());
        counts.putObject("status").put("PARSED", parsed).put("REJECTED", rejected());
        ObjectNode reasons = counts.putObject("rejectedByReason");
        rejectedByReason.forEach(reasons::put);
        counts.put("parsedWithUnreadableCells", withUnreadableCells);
        counts.put("unreadableCells", unreadableCells);
        return summary;
    }

    /** The same counts for a person: one line each, aligned. */
    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-30s %6d%n", "files", parsed + rejected()));
        out.append(String.format("%-30s %6d%n", "PARSED", parsed));
        out.append(String.format("%-30s %6d%n", "  with cells left unread", withUnreadableCells));
        out.append(String.format("%-30s %6d%n", "REJECTED", rejected()));
        rejectedByReason.forEach((reason, count) -> out.append(String.format("%-30s %6d%n", "  " + reason, count)));
        return out.toString();
    }
}
