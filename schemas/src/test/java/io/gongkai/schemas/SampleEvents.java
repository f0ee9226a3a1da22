package io.gongkai.schemas;

import io.gongkai.events.ApplicantCounts;
import io.gongkai.events.Applications;
import io.gongkai.events.CaseOutcomes;
import io.gongkai.events.DeniedRows;
import io.gongkai.events.Layout;
import io.gongkai.events.NarrativeFigures;
import io.gongkai.events.NotProcessedRows;
import io.gongkai.events.OtherHandlingRows;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.Region;
import io.gongkai.events.RegionLevel;
import io.gongkai.events.RegionNode;
import io.gongkai.events.Resolution;
import io.gongkai.events.ReviewsAndSuits;
import io.gongkai.events.Scope;
import io.gongkai.events.UnavailableRows;
import io.gongkai.events.YearEvidence;

import java.util.List;

/** Events for tests: seed 000 (上塘街道, 2023) in outline, every other cell zero. */
public final class SampleEvents {

    private SampleEvents() {
    }

    public static ParsedReport parsedReport() {
        ApplicantCounts received = counts(37, 1, 0, 0, 0, 1);
        return ParsedReport.newBuilder()
                .setReportId("330105008:杭州市拱墅区人民政府上塘街道办事处:2023")
                .setContentHash("0".repeat(64))
                .setSourceId("seed-000")
                .setOrgan("杭州市拱墅区人民政府上塘街道办事处")
                .setScope(Scope.ORGAN)
                .setYear(2023)
                .setLayout(Layout.LAYOUT_2021)
                .setRegion(Region.newBuilder()
                        .setCode("330105008")
                        .setResolution(Resolution.EXACT)
                        .setPath(List.of(
                                new RegionNode(RegionLevel.PROVINCE, "330000", "浙江省"),
                                new RegionNode(RegionLevel.PREFECTURE, "330100", "杭州市"),
                                new RegionNode(RegionLevel.COUNTY, "330105", "拱墅区"),
                                new RegionNode(RegionLevel.TOWNSHIP, "330105008", "上塘街道")))
                        .build())
                .setApplications(Applications.newBuilder()
                        .setReceived(received)
                        .setCarriedOver(zero())
                        .setGranted(counts(28, 0, 0, 0, 0, 0))
                        .setPartlyGranted(zero())
                        .setDenied(new DeniedRows(zero(), zero(), zero(), zero(), zero(), zero(), zero(), counts(2, 0, 0, 0, 0, 0)))
                        .setUnavailable(new UnavailableRows(counts(7, 0, 0, 0, 0, 1), zero(), zero()))
                        .setNotProcessed(new NotProcessedRows(zero(), zero(), zero(), zero(), zero()))
                        .setOtherHandling(new OtherHandlingRows(zero(), zero(), counts(0, 1, 0, 0, 0, 0)))
                        .setHandledTotal(received)
                        .setCarriedForward(zero())
                        .build())
                .setReviewsAndSuits(new ReviewsAndSuits(cases(), cases(), cases()))
                .setNarrative(NarrativeFigures.newBuilder().setReceived(39).setGranted(28).build())
                .setYearEvidence(YearEvidence.newBuilder().setTitle(2023).setStatisticsPeriod(2023).build())
                .setParserVersion("test")
                .build();
    }

    public static ApplicantCounts counts(int naturalPerson, int commercial, int research, int publicInterest, int legalService, int otherOrg) {
        return new ApplicantCounts(naturalPerson, commercial, research, publicInterest, legalService, otherOrg,
                naturalPerson + commercial + research + publicInterest + legalService + otherOrg);
    }

    private static ApplicantCounts zero() {
        return counts(0, 0, 0, 0, 0, 0);
    }

    private static CaseOutcomes cases() {
        return new CaseOutcomes(0, 0, 0, 0, 0);
    }
}
