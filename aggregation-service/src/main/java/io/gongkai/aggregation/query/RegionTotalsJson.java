package io.gongkai.aggregation.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.gongkai.events.RegionTotals;
import io.gongkai.events.ReportFigures;

import java.util.List;
import java.util.Locale;

/**
 * A region's totals in a year as {@code gongkai totals} prints them (docs/spec/cli.md): the figures flat,
 * the level in lower case; {@code areaReported} and {@code areaDifference} only when the region published an
 * AREA-scope report; {@code children} the codes one level down with reports, in code order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"region", "name", "level", "year", "reports", "passed", "violating",
        "received", "carriedOver", "carriedForward", "reviewPending", "suitPending", "areaReported", "areaDifference", "children"})
public record RegionTotalsJson(String region, String name, String level, int year, int reports, int passed, int violating,
                               int received, int carriedOver, int carriedForward, int reviewPending, int suitPending,
                               FiguresJson areaReported, FiguresJson areaDifference, List<String> children) {

    public static RegionTotalsJson of(RegionTotals totals) {
        ReportFigures figures = totals.getFigures();
        return new RegionTotalsJson(totals.getRegionCode(), totals.getName(), totals.getLevel().name().toLowerCase(Locale.ROOT),
                totals.getYear(), totals.getReports(), totals.getPassed(), totals.getViolating(),
                figures.getReceived(), figures.getCarriedOver(), figures.getCarriedForward(), figures.getReviewPending(),
                figures.getSuitPending(), FiguresJson.of(totals.getAreaReported()), FiguresJson.of(totals.getAreaDifference()),
                List.copyOf(totals.getChildren()));
    }

    /** The five summed figures, named as in the totals. */
    @JsonPropertyOrder({"received", "carriedOver", "carriedForward", "reviewPending", "suitPending"})
    public record FiguresJson(int received, int carriedOver, int carriedForward, int reviewPending, int suitPending) {

        static FiguresJson of(ReportFigures figures) {
            return figures == null ? null : new FiguresJson(figures.getReceived(), figures.getCarriedOver(),
                    figures.getCarriedForward(), figures.getReviewPending(), figures.getSuitPending());
        }
    }
}
