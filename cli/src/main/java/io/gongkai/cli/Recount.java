package io.gongkai.cli;

import io.gongkai.events.ParsedReport;
import io.gongkai.events.RegionLevel;
import io.gongkai.events.RegionNode;
import io.gongkai.events.Scope;
import io.gongkai.ingest.report.IngestOutcome;
import io.gongkai.schemas.RegionCodes;
import io.gongkai.schemas.cells.ReportCells;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the pipeline must make of a sequence of submissions, worked out without it: each document parsed
 * offline, the last version of each report kept, and every region-year summed from those — by other code
 * than aggregation-service's, so that the two can check each other.
 */
final class Recount {

    /** A region-year's count of reports and the five figures its total sums. */
    record Tally(int reports, long received, long carriedOver, long carriedForward, long reviewPending, long suitPending) {

        Tally plus(Tally other) {
            return new Tally(reports + other.reports, received + other.received, carriedOver + other.carriedOver,
                    carriedForward + other.carriedForward, reviewPending + other.reviewPending, suitPending + other.suitPending);
        }

        static Tally of(Map<String, Number> cells) {
            return new Tally(1, cell(cells, "apply.received.total"), cell(cells, "apply.carriedOver.total"),
                    cell(cells, "apply.carriedForward.total"), cell(cells, "review.pending"),
                    cell(cells, "suitDirect.pending") + cell(cells, "suitAfterReview.pending"));
        }

        private static long cell(Map<String, Number> cells, String id) {
            Number value = cells.get(id);
            return value == null ? 0 : value.longValue();
        }
    }

    private final Map<String, ParsedReport> latest = new LinkedHashMap<>();
    private final Set<String> rejectedSources = new TreeSet<>();
    private int undecodable;

    /** The recount of {@code submissions}, in the order they were accepted. */
    static Recount of(List<FaultWorkload.Submission> submissions) {
        OfflineIngest ingest = new OfflineIngest();
        Recount recount = new Recount();
        for (FaultWorkload.Submission submission : submissions) {
            if (submission.kind() == FaultWorkload.Kind.UNDECODABLE) {
                recount.undecodable++;
                continue;
            }
            IngestOutcome outcome = ingest.ingest(submission.fileName(), submission.content());
            if (outcome instanceof IngestOutcome.Parsed parsed) {
                recount.latest.put(parsed.report().getReportId(), parsed.report());
            } else {
                recount.rejectedSources.add(submission.sourceId());
            }
        }
        return recount;
    }

    Set<String> reportIds() {
        return new TreeSet<>(latest.keySet());
    }

    Set<String> rejectedSources() {
        return rejectedSources;
    }

    int undecodable() {
        return undecodable;
    }

    /**
     * Every region-year's tally, keyed {@code <code>:<year>} as the totals topic is: an ORGAN-scope report
     * counts in CN and in every region of its path, an unresolved one in CN and {@code unresolved}.
     */
    Map<String, Tally> totals() {
        Map<String, Tally> totals = new TreeMap<>();
        for (ParsedReport report : latest.values()) {
            if (report.getScope() != Scope.ORGAN) {
                continue;
            }
            Tally tally = Tally.of(ReportCells.of(report));
            List<String> codes = new ArrayList<>(List.of(RegionCodes.COUNTRY));
            report.getRegion().getPath().stream()
                    .filter(node -> node.getLevel() != RegionLevel.COUNTRY)
                    .map(RegionNode::getCode)
                    .forEach(codes::add);
            if (codes.size() == 1) {
                codes.add(RegionCodes.UNRESOLVED);
            }
            for (String code : codes) {
                totals.merge(code + ":" + report.getYear(), tally, Tally::plus);
            }
        }
        return totals;
    }
}
