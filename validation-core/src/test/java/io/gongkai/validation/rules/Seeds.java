package io.gongkai.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.events.Layout;
import io.gongkai.events.NarrativeFigures;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.Region;
import io.gongkai.events.RegionLevel;
import io.gongkai.events.RegionNode;
import io.gongkai.events.Resolution;
import io.gongkai.events.Scope;
import io.gongkai.events.Section;
import io.gongkai.events.YearEvidence;
import io.gongkai.schemas.cells.CellCatalog;
import io.gongkai.schemas.cells.ReportCells;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Test reports built from the five sample reports: every cell from {@code samples/expected/NNN.json}, the metadata
 * it states (organ, scope, year, region, publication date), and what a correct parser would add — all six sections,
 * the year in title, statistics period and prose, prose figures that agree with the table, the prose of §一, §五 and
 * §六 cut from the sample text.
 */
public final class Seeds {

    public static final List<String> NAMES = List.of("000", "001", "002", "003", "004");

    private static final Path SAMPLES = samples();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Seeds() {
    }

    /** The seed as the parser reads it: 2021 layout. */
    public static ParsedReport report(String name) {
        return report(name, cells -> { });
    }

    /** The seed with {@code mutation} applied to its cells first. */
    public static ParsedReport report(String name, Consumer<Map<String, Number>> mutation) {
        Map<String, Number> cells = cells(name);
        mutation.accept(cells);
        return build(name, Layout.LAYOUT_2021, meta(name).get("year").asInt(), cells);
    }

    /**
     * The seed as a 2019-layout report on 2020: （六）其他处理 as one row, the 2019 §二 grid with a signed 本年增/减
     * that is negative and a procurement amount; {@code mutation} applied to the 2019 cells.
     */
    public static ParsedReport report2019(String name, Consumer<Map<String, Number>> mutation) {
        Map<String, Number> cells = new LinkedHashMap<>();
        Map<String, Number> cells2021 = cells(name);
        for (String id : CellCatalog.cellIds(Layout.LAYOUT_2019)) {
            cells.put(id, id.startsWith("apply.") ? cells2021.getOrDefault(id, 0) : (Number) (CellCatalog.isAmount(id) ? 0.0 : 0));
        }
        for (String column : CellCatalog.APPLICANT_COLUMNS) {
            cells.put("apply.otherHandling." + column, cells2021.get("apply.otherHandling.noCorrection." + column).intValue()
                    + cells2021.get("apply.otherHandling.unpaidFee." + column).intValue()
                    + cells2021.get("apply.otherHandling.other." + column).intValue());
        }
        cells.put("active.licensing.previous", 21);
        cells.put("active.licensing.change", -3);
        cells.put("active.licensing.decisions", 18);
        cells.put("active.procurement.projects", 2);
        cells.put("active.procurement.amountYuan", 251000.0);
        for (String section : List.of("review", "suitDirect", "suitAfterReview")) {
            for (String column : CellCatalog.CASE_COLUMNS) {
                cells.put(section + "." + column, cells2021.get(section + "." + column));
            }
        }
        mutation.accept(cells);
        return build(name, Layout.LAYOUT_2019, 2020, cells);
    }

    /**
     * The same organ's report for the year before {@code report}, chaining with it: its carriedForward is
     * {@code report}'s carriedOver, nothing was pending at its end, its in-force counts lead to {@code report}'s; the
     * other cells are {@code report}'s, and its prose is another seed's (an unrelated text).
     */
    public static ParsedReport previousYear(String name, ParsedReport report) {
        Map<String, Number> cells = ReportCells.of(report);
        for (String column : CellCatalog.APPLICANT_COLUMNS) {
            cells.put("apply.carriedForward." + column, cells.get("apply.carriedOver." + column));
        }
        for (String kind : CellCatalog.CASE_KINDS) {
            cells.put(kind + ".pending", 0);
        }
        if (report.getLayout() == Layout.LAYOUT_2021) {
            for (String kind : List.of("rules", "normative")) {
                String prefix = "active." + kind + ".";
                cells.put(prefix + "inForce", cells.get(prefix + "inForce").intValue() - cells.get(prefix + "issued").intValue()
                        + cells.get(prefix + "repealed").intValue());
            }
        }
        String other = NAMES.get((NAMES.indexOf(name) + 1) % NAMES.size());
        ParsedReport previous = build(name, report.getLayout(), report.getYear() - 1, cells);
        previous.setProse(prose(other));
        return previous;
    }

    /** Every cell of the seed, in the 2021 layout's order. */
    public static Map<String, Number> cells(String name) {
        JsonNode expected = meta(name).get("cells");
        Map<String, Number> cells = new LinkedHashMap<>();
        for (String id : CellCatalog.cellIds(Layout.LAYOUT_2021)) {
            JsonNode value = expected.get(id);
            cells.put(id, value.isDouble() ? (Number) value.doubleValue() : (Number) value.intValue());
        }
        return cells;
    }

    /** The prose of §一, §五 and §六 of the sample text: the lines outside the tables of §二 to §四. */
    public static String prose(String name) {
        List<String> prose = new ArrayList<>();
        boolean inTables = false;
        for (String line : lines(name)) {
            String text = line.strip();
            if (text.contains("主动公开政府信息情况") && text.startsWith("二")) {
                inTables = true;
            } else if (text.contains("存在的主要问题及改进情况")) {
                inTables = false;
            }
            if (!inTables && !text.isEmpty()) {
                prose.add(text);
            }
        }
        return String.join("\n", prose);
    }

    private static ParsedReport build(String name, Layout layout, int year, Map<String, Number> cells) {
        JsonNode meta = meta(name);
        ReportCells.Sections sections = ReportCells.sections(layout, cells);
        String organ = meta.get("organ").asText();
        JsonNode region = meta.get("region");
        String code = region.get("code").asText();
        String prose = prose(name);
        return ParsedReport.newBuilder()
                .setReportId(code + ":" + organ + ":" + year)
                .setContentHash(sha256(prose))
                .setSourceId(meta.get("file").asText())
                .setFileName(meta.get("file").asText())
                .setOrgan(organ)
                .setScope(Scope.valueOf(meta.get("scope").asText()))
                .setYear(year)
                .setLayout(layout)
                .setPublished(meta.has("published") && year == meta.get("year").asInt() ? LocalDate.parse(meta.get("published").asText()) : null)
                .setRegion(Region.newBuilder()
                        .setCode(code)
                        .setResolution(Resolution.EXACT)
                        .setPath(List.of(
                                new RegionNode(RegionLevel.PROVINCE, code.substring(0, 2) + "0000", region.get("province").asText()),
                                new RegionNode(RegionLevel.PREFECTURE, code.substring(0, 4) + "00", region.get("prefecture").asText()),
                                new RegionNode(RegionLevel.COUNTY, code.substring(0, 6), region.get("county").asText()),
                                new RegionNode(RegionLevel.TOWNSHIP, code, region.get("township").asText())))
                        .build())
                .setActive2021(sections.active2021())
                .setActive2019(sections.active2019())
                .setApplications(sections.applications())
                .setReviewsAndSuits(sections.reviewsAndSuits())
                .setSections(List.of(Section.values()))
                .setNarrative(agreeingNarrative(cells))
                .setYearEvidence(YearEvidence.newBuilder().setTitle(year).setStatisticsPeriod(year).setProse(List.of(year)).build())
                .setProse(prose)
                .setParserVersion("test")
                .build();
    }

    /** What the prose of a report whose prose agrees with its table states. */
    private static NarrativeFigures agreeingNarrative(Map<String, Number> cells) {
        return NarrativeFigures.newBuilder()
                .setReceived(cells.get("apply.received.total").intValue())
                .setGranted(cells.get("apply.granted.total").intValue())
                .setUnavailable(cells.get("apply.unavailable.notHeld.total").intValue() + cells.get("apply.unavailable.needsCreation.total").intValue()
                        + cells.get("apply.unavailable.unclear.total").intValue())
                .setCarriedForward(cells.get("apply.carriedForward.total").intValue())
                .setReviews(cells.get("review.total").intValue())
                .setSuits(cells.get("suitDirect.total").intValue() + cells.get("suitAfterReview.total").intValue())
                .build();
    }

    private static JsonNode meta(String name) {
        try {
            return JSON.readTree(SAMPLES.resolve("expected").resolve(name + ".json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String name) {
        try (var files = Files.list(SAMPLES)) {
            Path text = files.filter(file -> file.getFileName().toString().startsWith(name + "_")).findFirst().orElseThrow();
            return Files.readAllLines(text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code samples/}, found by walking up from the working directory. */
    private static Path samples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples").resolve("expected"))) {
                return dir.resolve("samples");
            }
        }
        throw new IllegalStateException("no samples/expected above " + Path.of("").toAbsolutePath());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
