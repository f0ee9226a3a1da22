package io.gongkai.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.events.Layout;
import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.Region;
import io.gongkai.events.RegionLevel;
import io.gongkai.events.RegionNode;
import io.gongkai.events.ReportFigures;
import io.gongkai.events.Resolution;
import io.gongkai.events.Scope;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.schemas.TrustedEventClasses;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Passing ORGAN-scope outcomes of the five seed reports, read from {@code samples/expected/NNN.json}: organ,
 * year and region path as expected there (codes above the township are its code's prefixes: 33 → 330000,
 * 3301 → 330100, 330105 → 330105), figures from its cells.
 */
public final class SeedOutcomes {

    /** When every seed outcome was checked. */
    public static final Instant CHECKED_AT = Instant.parse("2024-02-01T00:00:00Z");

    private static final Path EXPECTED = Path.of("").toAbsolutePath().getParent().resolve("samples/expected");

    static {
        TrustedEventClasses.install();
    }

    private SeedOutcomes() {
    }

    /** Every seed's outcome, 000 to 004. */
    public static List<ValidationOutcome> all() {
        return IntStream.range(0, 5).mapToObj(SeedOutcomes::seed).toList();
    }

    /** Seed {@code n}'s outcome: PASS, checked at {@link #CHECKED_AT}. */
    public static ValidationOutcome seed(int n) {
        JsonNode expected;
        try {
            expected = new ObjectMapper().readTree(EXPECTED.resolve(String.format("%03d.json", n)).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode region = expected.get("region");
        String township = region.get("code").asText();
        JsonNode cells = expected.get("cells");
        String organ = expected.get("organ").asText();
        int year = expected.get("year").asInt();
        return ValidationOutcome.newBuilder()
                .setReportId(township + ":" + organ + ":" + year)
                .setContentHash("seed-" + n)
                .setOrgan(organ)
                .setScope(Scope.valueOf(expected.get("scope").asText()))
                .setRegion(Region.newBuilder()
                        .setCode(township)
                        .setResolution(Resolution.EXACT)
                        .setPath(List.of(
                                new RegionNode(RegionLevel.PROVINCE, township.substring(0, 2) + "0000", region.get("province").asText()),
                                new RegionNode(RegionLevel.PREFECTURE, township.substring(0, 4) + "00", region.get("prefecture").asText()),
                                new RegionNode(RegionLevel.COUNTY, township.substring(0, 6), region.get("county").asText()),
                                new RegionNode(RegionLevel.TOWNSHIP, township, region.get("township").asText())))
                        .build())
                .setYear(year)
                .setLayout("2019".equals(expected.get("layout").asText()) ? Layout.LAYOUT_2019 : Layout.LAYOUT_2021)
                .setRulesVersion("test")
                .setStatus(OutcomeStatus.PASS)
                .setFigures(new ReportFigures(
                        cells.get("apply.received.total").asInt(),
                        cells.get("apply.carriedOver.total").asInt(),
                        cells.get("apply.carriedForward.total").asInt(),
                        cells.get("review.pending").asInt(),
                        cells.get("suitDirect.pending").asInt() + cells.get("suitAfterReview.pending").asInt()))
                .setCheckedAt(CHECKED_AT)
                .build();
    }

    /** The outcome of an organ without a resolved region: no path, no code. */
    public static ValidationOutcome unresolved(String organ, int year, ReportFigures figures) {
        return ValidationOutcome.newBuilder(seed(0))
                .setReportId("unresolved:" + organ + ":" + year)
                .setOrgan(organ)
                .setYear(year)
                .setRegion(Region.newBuilder().setCode(null).setResolution(Resolution.UNRESOLVED).setPath(List.of()).build())
                .setFigures(figures)
                .build();
    }

    /** The area-wide report of 拱墅区 (330105) for {@code year}. */
    public static ValidationOutcome gongshuArea(int year, ReportFigures figures) {
        ValidationOutcome township = seed(0);
        return ValidationOutcome.newBuilder(township)
                .setReportId("330105:杭州市拱墅区人民政府:" + year)
                .setOrgan("杭州市拱墅区人民政府")
                .setScope(Scope.AREA)
                .setYear(year)
                .setRegion(Region.newBuilder()
                        .setCode("330105")
                        .setResolution(Resolution.EXACT)
                        .setPath(township.getRegion().getPath().subList(0, 3))
                        .build())
                .setFigures(figures)
                .build();
    }

    /** {@code outcome} as a later check found it: the same report with other figures and status. */
    public static ValidationOutcome recheck(ValidationOutcome outcome, OutcomeStatus status, ReportFigures figures, Instant checkedAt) {
        return ValidationOutcome.newBuilder(outcome)
                .setContentHash(outcome.getContentHash() + "+")
                .setStatus(status)
                .setFigures(figures)
                .setCheckedAt(checkedAt)
                .build();
    }
}
