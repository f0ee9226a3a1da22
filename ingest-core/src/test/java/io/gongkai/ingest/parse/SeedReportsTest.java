package io.gongkai.ingest.parse;

import io.gongkai.events.Layout;
import io.gongkai.events.Scope;
import io.gongkai.events.Section;
import io.gongkai.ingest.rejection.Rejection;
import io.gongkai.schemas.cells.CellCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The five seed reports read exactly as {@code samples/expected/} says. */
class SeedReportsTest {

    private final ReportParser parser = new ReportParser();

    static List<Samples.Seed> seeds() {
        return Samples.seeds();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyCellYearLayoutAndScopeAsExpected(Samples.Seed seed) throws Rejection {
        ParsedDocument report = parser.parse(seed.text());

        CellsAssert.assertCells(report.cells(), seed.cells());
        assertThat(List.copyOf(report.cells().keySet())).isEqualTo(CellCatalog.cellIds(Layout.LAYOUT_2021));
        assertThat(report.year()).isEqualTo(seed.year());
        assertThat(report.layout()).isEqualTo(Layout.LAYOUT_2021);
        assertThat(report.scope()).isEqualTo(Scope.valueOf(seed.expected().get("scope").textValue()));
        assertThat(report.sections()).isEqualTo(EnumSet.allOf(Section.class));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void organAsWritten(Samples.Seed seed) throws Rejection {
        ParsedDocument report = parser.parse(seed.text());

        if (seed.number().equals("001")) {
            assertThat(report.organ()).as("the title's name, not the corrected one").isEqualTo("西工区唐宫街道办事处");
        } else {
            assertThat(report.organ()).isEqualTo(seed.organ());
        }
    }

    @Test
    void titlesPublisherAndPublicationDate() throws Rejection {
        assertThat(parser.parse(Samples.seed("000").text()).title())
                .isEqualTo("杭州市拱墅区人民政府上塘街道办事处2023年度政府信息公开工作年度报告");
        assertThat(parser.parse(Samples.seed("001").text()).title())
                .isEqualTo("西工区唐宫街道办事处 2023 年政府信息公开工作年度报告");
        ParsedDocument jiyang = parser.parse(Samples.seed("003").text());
        assertThat(jiyang.title()).isEqualTo("2023年暨阳街道办事处政府信息公开工作年度报告");
        assertThat(jiyang.publisher()).isEqualTo("暨阳街道");
        assertThat(jiyang.published()).isEqualTo(LocalDate.of(2024, 1, 26));
        assertThat(parser.parse(Samples.seed("004").text()).title())
                .isEqualTo("建德市钦堂乡人民政府2023年度政府信息公开工作年度报告");
    }

    @Test
    void yearEvidenceFromTitlePeriodAndProse() throws Rejection {
        ParsedDocument shangtang = parser.parse(Samples.seed("000").text());
        assertThat(shangtang.yearEvidence().getTitle()).isEqualTo(2023);
        assertThat(shangtang.yearEvidence().getStatisticsPeriod()).isEqualTo(2023);
        assertThat(shangtang.yearEvidence().getProse()).containsExactly(2023);

        ParsedDocument chaoming = parser.parse(Samples.seed("002").text());
        assertThat(chaoming.yearEvidence().getTitle()).isNull();
        assertThat(chaoming.yearEvidence().getProse()).containsExactly(2021);
        assertThat(chaoming.warnings()).anyMatch(w -> w.contains("year 2021 was taken from the prose"));
    }

    @Test
    void narrativeFigures() throws Rejection {
        var shangtang = parser.parse(Samples.seed("000").text()).narrative();
        assertThat(shangtang.getReceived()).isEqualTo(39);
        assertThat(shangtang.getReceivedIncludesCarriedOver()).isFalse();
        assertThat(shangtang.getGranted()).isEqualTo(28);
        assertThat(shangtang.getUnavailable()).isEqualTo(8);
        assertThat(shangtang.getReviews()).isZero();
        assertThat(shangtang.getSuits()).isZero();
        assertThat(shangtang.getCarriedForward()).isNull();

        assertThat(parser.parse(Samples.seed("001").text()).narrative().getReceived()).as("未收到…申请").isZero();
        var jiyang = parser.parse(Samples.seed("003").text()).narrative();
        assertThat(jiyang.getReceived()).isEqualTo(20);
        assertThat(jiyang.getCarriedForward()).isEqualTo(2);
        assertThat(parser.parse(Samples.seed("004").text()).narrative().getReceived()).isZero();
    }

    @Test
    void oneParserServesManyThreads() throws Exception {
        ReportParser shared = new ReportParser();
        List<Samples.Seed> seeds = seeds();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Samples.Seed seed = seeds.get(i % seeds.size());
                results.add(pool.submit(() -> shared.parse(seed.text()).cells().equals(seed.cells())));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void section4WithoutItsHeadingIsReadAfterSection3() throws Rejection {
        Samples.Seed seed = Samples.seed("003");
        String text = seed.text().replace("四、政府信息公开行政复议、行政诉讼情况\n", "");

        ParsedDocument report = parser.parse(text);

        CellsAssert.assertCells(report.cells(), seed.cells());
        assertThat(report.sections()).contains(Section.REVIEWS_AND_SUITS);
        assertThat(report.warnings()).anyMatch(w -> w.contains("the table after §三 was read as §四"));
    }

    @Test
    void proseOfSections1And5And6WhitespaceCollapsed() throws Rejection {
        String prose = parser.parse(Samples.seed("001").text()).prose();

        assertThat(prose).startsWith("2023 年，唐宫路街道办事处认真贯彻落实").endsWith("无").doesNotContain("\n", "  ");
        assertThat(prose).contains("（一）主要问题").doesNotContain("行政许可");
    }
}
