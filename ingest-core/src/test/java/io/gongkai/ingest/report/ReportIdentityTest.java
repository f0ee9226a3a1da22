package io.gongkai.ingest.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.events.RegionLevel;
import io.gongkai.events.RegionNode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportIdentityTest {

    private static final List<RegionNode> SHANGTANG = List.of(
            new RegionNode(RegionLevel.PROVINCE, "330000", "浙江省"),
            new RegionNode(RegionLevel.PREFECTURE, "330100", "杭州市"),
            new RegionNode(RegionLevel.COUNTY, "330105", "拱墅区"),
            new RegionNode(RegionLevel.TOWNSHIP, "330105004", "上塘街道"));

    @Test
    void theGovernmentOfAPlaceIsItsPeoplesGovernmentHoweverItIsNamed() {
        assertThat(ReportIdentity.reportId("杭州市拱墅区人民政府上塘街道办事处", SHANGTANG, 2023))
                .isEqualTo("330105004:人民政府:2023");
        assertThat(ReportIdentity.reportId("上塘街道办事处", SHANGTANG, 2023)).isEqualTo("330105004:人民政府:2023");
    }

    @Test
    void aDepartmentKeepsItsRoleAndAnUnresolvedOrganItsName() {
        List<RegionNode> zhuji = List.of(new RegionNode(RegionLevel.PROVINCE, "330000", "浙江省"),
                new RegionNode(RegionLevel.PREFECTURE, "330600", "绍兴市"),
                new RegionNode(RegionLevel.COUNTY, "330681", "诸暨市"));

        assertThat(ReportIdentity.reportId("诸暨市卫生健康局", zhuji, 2023)).isEqualTo("330681:卫生健康局:2023");
        assertThat(ReportIdentity.reportId("某 局", List.of(), 2023)).isEqualTo("unresolved:某局:2023");
    }

    @Test
    void layoutNoiseIsNotANewVersion() {
        String text = "一、总体情况\n2023年共收到申请64件。";

        assertThat(ReportIdentity.contentHash("  一、总体情况\r\n\r\n２０２３年共收到申请６４件。\t"))
                .isEqualTo(ReportIdentity.contentHash(text));
        assertThat(ReportIdentity.contentHash("一、总体情况\u3000 2023年共收到申请64件。"))
                .isEqualTo(ReportIdentity.contentHash("一、总体情况 2023年共收到申请64件。"));
        assertThat(ReportIdentity.contentHash(text.replace("64", "65"))).isNotEqualTo(ReportIdentity.contentHash(text));
    }

    /** The hash is defined as SHA-256 of the NFKC text, each run of \s one space, stripped: hashes already published must not change. */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "一、总体情况", " a\u000Bb\fc\r\nd \t e ", "\u3000全角\u3000２０２３\u2002年\u00A0",
            "x\u2028y\u001Cz ", "ﬁ ㍿ ①"})
    void contentHashIsTheDefinitionsHash(String text) {
        String definition = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();

        assertThat(ReportIdentity.contentHash(text))
                .isEqualTo(ReportIdentity.sha256(definition.getBytes(StandardCharsets.UTF_8)));
    }
}
