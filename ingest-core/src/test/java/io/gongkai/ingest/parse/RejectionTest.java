package io.gongkai.ingest.parse;

import io.gongkai.events.RejectionReason;
import io.gongkai.events.Section;
import io.gongkai.ingest.rejection.Rejection;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Documents that are not readable reports are rejected with a stable reason; missing §二/§四 tables are not. */
class RejectionTest {

    private static final String NEWS = """
            区政务公开办召开2024年政务公开工作推进会
            3月5日上午，区政务公开办召开2024年政务公开工作推进会，各街道、部门分管负责人参加会议。
            会议总结了2023年全区政务公开工作，全区共收到政府信息公开申请70件，均按时答复。会议要求，各单位要在1月31日前编制并公开政府信息公开工作年度报告。
            """;

    private static final String FREE_FORM = """
            杭州市某区人民政府%1$d年政府信息公开工作年度报告
            本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限自%1$d年1月1日起至%1$d年12月31日止。
            一、概述
            %1$d年，我区认真贯彻落实《中华人民共和国政府信息公开条例》，政府信息公开工作有序推进。
            二、主动公开政府信息情况
            %1$d年，全区主动公开政府信息2356条，其中规范性文件12件。
            三、依申请公开政府信息情况
            %1$d年，全区共受理政府信息公开申请45件，其中当面申请10件，网络申请35件，均已按期答复。
            四、政府信息公开的收费及减免情况
            %1$d年，我区未收取政府信息公开相关费用。
            五、因政府信息公开申请行政复议、提起行政诉讼的情况
            %1$d年，未发生因政府信息公开引起的行政复议、行政诉讼案件。
            六、存在的主要问题及改进措施
            公开内容不够全面，下一步将进一步加强培训。
            七、其他需要报告的事项
            无。
            """;

    private final ReportParser parser = new ReportParser();

    @Test
    void aRecordWhoseScraperMissedTheReportIsTableMissingByItsTitleElseNotAReport() {
        Rejection missed = catchThrowableOfType(Rejection.class,
                () -> parser.parse("", "河北省教育厅2020年政府信息公开工作年度报告", null));
        Rejection website = catchThrowableOfType(Rejection.class,
                () -> parser.parse(" ", "河北省教育厅2020年度政府网站工作年度报表", null));

        assertThat(missed.reason()).isEqualTo(RejectionReason.TABLE_MISSING);
        assertThat(missed.detail()).contains("no report text", "河北省教育厅2020年政府信息公开工作年度报告");
        assertThat(website.reason()).isEqualTo(RejectionReason.NOT_A_REPORT);
    }

    @Test
    void aReportThatNamesNoOrganAnywhereIsUnreadableNotACrash() {
        TableText seed = TableText.fromSeed(Samples.seed("000").text());
        String text = TableText.fromCells("2023年政府信息公开工作年度报告\n一、总体情况\n本年度工作有序推进。\n二、主动公开政府信息情况\n",
                SeedLayoutsTest.written(Samples.seed("000").cells()), io.gongkai.events.Layout.LAYOUT_2021,
                seed.after()).render(TableText.Style.TABS);

        Rejection rejection = catchThrowableOfType(Rejection.class, () -> parser.parse(text));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.UNREADABLE);
        assertThat(rejection.detail()).contains("organ", "named nowhere");
    }

    @Test
    void aNewsArticleIsNotAReport() {
        Rejection rejection = catchThrowableOfType(Rejection.class, () -> parser.parse(NEWS));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.NOT_A_REPORT);
    }

    @Test
    void emptyTextIsNotAReport() {
        assertThat(catchThrowableOfType(Rejection.class, () -> parser.parse(" \n ")).reason())
                .isEqualTo(RejectionReason.NOT_A_REPORT);
    }

    @Test
    void freeFormReportsOf2018AndEarlierAreThePreviousLayout() {
        for (int year : List.of(2017, 2018, 2019)) {
            Rejection rejection = catchThrowableOfType(Rejection.class, () -> parser.parse(FREE_FORM.formatted(year)));

            assertThat(rejection.reason()).as("%d", year).isEqualTo(RejectionReason.LAYOUT_PRE_2019);
        }
    }

    @Test
    void withoutSection3ItsTableIsMissing() {
        for (Samples.Seed seed : Samples.seeds()) {
            String text = cut(seed.text(), "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议");

            Rejection rejection = catchThrowableOfType(Rejection.class, () -> parser.parse(text));

            assertThat(rejection.reason()).as(seed.number()).isEqualTo(RejectionReason.TABLE_MISSING);
            assertThat(rejection.location()).startsWith("§三");
        }
    }

    @Test
    void withoutSection4ButNoCasesInTheProseItsCellsAreZeros() throws Rejection {
        Samples.Seed seed = Samples.seed("003");
        String text = cut(seed.text(), "四、政府信息公开行政复议", "五、存在的主要问题")
                .replace("2件结转下年度办理。", "2件结转下年度办理。本年度未发生政府信息公开行政复议、行政诉讼案件。");

        ParsedDocument report = parser.parse(text);

        assertThat(report.cells()).containsEntry("review.pending", 0).containsEntry("suitDirect.total", 0)
                .containsEntry("suitAfterReview.total", 0).containsEntry("apply.received.total", 20);
        assertThat(report.warnings()).anyMatch(w -> w.contains("§四") && w.contains("taken from the prose"));
        assertThat(report.sections()).doesNotContain(Section.REVIEWS_AND_SUITS);
    }

    @Test
    void withoutSection4ItsCellsAreAbsent() throws Rejection {
        Samples.Seed seed = Samples.seed("003");
        String text = cut(seed.text(), "四、政府信息公开行政复议", "五、存在的主要问题");

        ParsedDocument report = parser.parse(text);

        assertThat(report.cells().keySet()).noneMatch(id -> id.startsWith("review.") || id.startsWith("suit"));
        assertThat(report.cells()).containsEntry("apply.received.total", 20).hasSize(200 - 15);
        assertThat(report.warnings()).anyMatch(w -> w.contains("§四") && w.contains("absent"));
    }

    @Test
    void withoutSection2ItsCellsAreAbsent() throws Rejection {
        Samples.Seed seed = Samples.seed("000");
        String text = cut(seed.text(), "二、主动公开政府信息情况", "三、收到和处理");

        ParsedDocument report = parser.parse(text);

        assertThat(report.cells().keySet()).noneMatch(id -> id.startsWith("active."));
        assertThat(report.cells()).hasSize(200 - 10);
        assertThat(report.sections()).doesNotContain(Section.ACTIVE);
    }

    @Test
    void tooLargeATextIsNotRead() {
        String text = "报".repeat(ReportParser.MAX_CHARS + 1);

        assertThat(catchThrowableOfType(Rejection.class, () -> parser.parse(text)).reason())
                .isEqualTo(RejectionReason.TOO_LARGE);
    }

    /** The text without the lines from the one starting with {@code from} up to the one starting with {@code to}. */
    static String cut(String text, String from, String to) {
        int start = text.indexOf("\n" + from) + 1;
        int end = text.indexOf("\n" + to, start) + 1;
        assertThat(start).isPositive();
        assertThat(end).isGreaterThan(start);
        return text.substring(0, start) + text.substring(end);
    }
}
