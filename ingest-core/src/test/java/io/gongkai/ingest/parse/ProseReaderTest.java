package io.gongkai.ingest.parse;

import io.gongkai.events.NarrativeFigures;
import io.gongkai.events.Scope;
import io.gongkai.ingest.rejection.Rejection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures, years and scope read from the prose. */
class ProseReaderTest {

    private final ProseReader prose = new ProseReader();

    @Test
    void figuresOfOneSentence() {
        NarrativeFigures figures = prose.narrative("2023年，全区共收到政府信息公开申请25件（含上年结转3件），"
                + "其中予以公开10件，无法提供（本机关不掌握相关政府信息）5件，结转下年度继续办理2件。");

        assertThat(figures.getReceived()).isEqualTo(25);
        assertThat(figures.getReceivedIncludesCarriedOver()).isTrue();
        assertThat(figures.getGranted()).isEqualTo(10);
        assertThat(figures.getUnavailable()).isEqualTo(5);
        assertThat(figures.getCarriedForward()).isEqualTo(2);
        assertThat(figures.getReviews()).isNull();
    }

    @Test
    void reconsiderationsAndLawsuits() {
        NarrativeFigures counted = prose.narrative("本年度发生政府信息公开行政复议1件，行政诉讼 2 件。");
        assertThat(counted.getReviews()).isEqualTo(1);
        assertThat(counted.getSuits()).isEqualTo(2);

        NarrativeFigures none = prose.narrative("本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。");
        assertThat(none.getReviews()).isZero();
        assertThat(none.getSuits()).isZero();

        NarrativeFigures both = prose.narrative("因政府信息公开引起的行政复议和行政诉讼0件。");
        assertThat(both.getReviews()).isZero();
        assertThat(both.getSuits()).isZero();

        NarrativeFigures combined = prose.narrative("因政府信息公开引起的行政复议和行政诉讼3件。");
        assertThat(combined.getReviews()).as("a combined count says nothing of either").isNull();
    }

    @Test
    void noApplicationsReceived() {
        assertThat(prose.narrative("2023 年未收到政府信息公开申请。").getReceived()).isZero();
        assertThat(prose.narrative("本年度没有收到依申请公开事项，受理咨询12次。").getReceived()).isZero();
    }

    @Test
    void yearsOfSentencesThatStateFigures() {
        assertThat(prose.proseYears("按照《2021年杭州市政务公开工作要点》要求推进。2022年，共收到申请3件；"
                + "2024年将继续努力。2023年主动公开信息48条。")).containsExactly(2022, 2023);
    }

    @Test
    void statisticsPeriod() {
        assertThat(prose.statisticsYear("本报告所列数据统计期限为2023年1月1日至12月31日。")).isEqualTo(2023);
        assertThat(prose.statisticsYear("报告内容中所统计数据统计的起止时间为2022年1月1日至2022年12月31日。"))
                .isEqualTo(2022);
    }

    @Test
    void aWholeAreaOnlyForAGovernmentAboveTownships() {
        String area = "2023年，全市共收到政府信息公开申请70件。";
        assertThat(prose.scope("诸暨市人民政府", area)).isEqualTo(Scope.AREA);
        assertThat(prose.scope("暨阳街道办事处", area)).isEqualTo(Scope.ORGAN);
        assertThat(prose.scope("诸暨市教育局", area)).isEqualTo(Scope.ORGAN);
        assertThat(prose.scope("诸暨市人民政府", "2023年，本机关收到政府信息公开申请7件。")).isEqualTo(Scope.ORGAN);
    }

    @Test
    void anAreaWideReportRebuiltFromASeed() throws Rejection {
        String text = Samples.seed("003").text()
                .replace("2023年暨阳街道办事处政府信息公开工作年度报告", "诸暨市人民政府2023年政府信息公开工作年度报告")
                .replace("今年来我街道收到政府信息公开申请20件", "今年来全市共收到政府信息公开申请20件");

        var report = new ReportParser().parse(text);

        assertThat(report.organ()).isEqualTo("诸暨市人民政府");
        assertThat(report.scope()).isEqualTo(Scope.AREA);
        assertThat(report.narrative().getReceived()).isEqualTo(20);
    }
}
