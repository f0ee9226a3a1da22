package io.gongkai.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.events.Layout;
import io.gongkai.events.NarrativeFigures;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.RegionNode;
import io.gongkai.events.RejectedReport;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.events.Violation;
import io.gongkai.schemas.cells.ReportCells;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON lines of docs/spec/cli.md's {@code parse} and {@code validate}: keys exactly as specified, more may be added. */
final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportJson() {
    }

    static ObjectNode parsed(String file, ParsedReport report) {
        ObjectNode line = JSON.createObjectNode()
                .put("file", file)
                .put("status", "PARSED")
                .put("reportId", report.getReportId())
                .put("contentHash", report.getContentHash())
                .put("organ", report.getOrgan())
                .put("scope", report.getScope().name())
                .put("year", report.getYear())
                .put("layout", report.getLayout() == Layout.LAYOUT_2019 ? "2019" : "2021");
        line.put("published", report.getPublished() == null ? null : report.getPublished().toString());
        line.put("title", report.getTitle());
        line.put("sourceUrl", report.getSourceUrl());
        line.put("envelope", report.getEnvelope());
        ObjectNode region = line.putObject("region")
                .put("code", report.getRegion().getCode())
                .put("resolution", report.getRegion().getResolution().name());
        region.set("path", path(report.getRegion().getPath()));
        if (!report.getRegion().getCandidates().isEmpty()) {
            ArrayNode candidates = region.putArray("candidates");
            report.getRegion().getCandidates().forEach(candidate -> candidates.add(path(candidate)));
        }
        ObjectNode cells = line.putObject("cells");
        ReportCells.of(report).forEach((cell, value) -> {
            if (value instanceof Double amount) {
                cells.put(cell, amount);
            } else {
                cells.put(cell, value.intValue());
            }
        });
        ObjectNode narrative = line.putObject("narrative");
        narrative(report.getNarrative()).forEach(narrative::put);
        ArrayNode warnings = line.putArray("warnings");
        report.getWarnings().forEach(warnings::add);
        ArrayNode blank = line.putArray("blankCells");
        report.getBlankCells().forEach(blank::add);
        ArrayNode unreadable = line.putArray("unreadableCells");
        report.getUnreadableCells().forEach(cell -> unreadable.addObject()
                .put("cell", cell.getCell())
                .put("location", cell.getLocation())
                .put("reason", cell.getReason()));
        return line;
    }

    static ObjectNode rejected(String file, RejectedReport rejection) {
        return JSON.createObjectNode()
                .put("file", file)
                .put("status", "REJECTED")
                .put("reason", rejection.getReason().name())
                .put("detail", rejection.getDetail())
                .put("location", rejection.getLocation());
    }

    /** A file that could not be read from disk: {@code status} ERROR and why. */
    static ObjectNode fileError(String file, Exception error) {
        return JSON.createObjectNode()
                .put("file", file)
                .put("status", "ERROR")
                .put("detail", error.getClass().getSimpleName() + ": " + error.getMessage());
    }

    static ObjectNode outcome(String file, ValidationOutcome outcome) {
        ObjectNode line = JSON.createObjectNode()
                .put("file", file)
                .put("reportId", outcome.getReportId())
                .put("organ", outcome.getOrgan())
                .put("year", outcome.getYear())
                .put("status", outcome.getStatus().name());
        ArrayNode violations = line.putArray("violations");
        for (Violation violation : outcome.getViolations()) {
            ObjectNode item = violations.addObject()
                    .put("rule", violation.getRule())
                    .put("severity", violation.getSeverity().name());
            ArrayNode cells = item.putArray("cells");
            violation.getCells().forEach(cells::add);
            item.put("expected", violation.getExpected())
                    .put("actual", violation.getActual())
                    .put("messageZh", violation.getMessageZh())
                    .put("messageEn", violation.getMessageEn());
        }
        return line;
    }

    /** A rejected file as a {@code validate} line. */
    static ObjectNode rejectedOutcome(String file, RejectedReport rejection) {
        ObjectNode line = rejected(file, rejection);
        line.putNull("reportId");
        line.putArray("violations");
        return line;
    }

    static String line(ObjectNode node) {
        return node.toString();
    }

    /** The prose figures by the cell (or sum of cells) they speak of. */
    private static Map<String, Integer> narrative(NarrativeFigures figures) {
        Map<String, Integer> byCell = new LinkedHashMap<>();
        if (figures.getReceived() != null) {
            byCell.put(figures.getReceivedIncludesCarriedOver() ? "apply.received.total+apply.carriedOver.total" : "apply.received.total",
                    figures.getReceived());
        }
        putIfStated(byCell, "apply.granted.total", figures.getGranted());
        putIfStated(byCell, "apply.unavailable.*.total", figures.getUnavailable());
        putIfStated(byCell, "apply.carriedForward.total", figures.getCarriedForward());
        putIfStated(byCell, "review.total", figures.getReviews());
        putIfStated(byCell, "suitDirect.total+suitAfterReview.total", figures.getSuits());
        return byCell;
    }

    private static void putIfStated(Map<String, Integer> byCell, String cell, Integer value) {
        if (value != null) {
            byCell.put(cell, value);
        }
    }

    private static ArrayNode path(List<RegionNode> nodes) {
        ArrayNode path = JSON.createArrayNode();
        for (RegionNode node : nodes) {
            path.addObject()
                    .put("level", node.getLevel().name().toLowerCase(Locale.ROOT))
                    .put("code", node.getCode())
                    .put("name", node.getName());
        }
        return path;
    }
}
