package io.gongkai.ingest.region;

import io.gongkai.events.RegionLevel;
import io.gongkai.events.RegionNode;
import io.gongkai.events.Resolution;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The resolution rules one at a time, on organs written the ways reports write them. */
class RegionResolverTest {

    private static final RegionResolver RESOLVER = RegionResolver.load();

    private static RegionResolution resolve(String organ, int year) {
        return RESOLVER.resolve(new RegionQuery(organ, null, null, null, year, null, null));
    }

    private static RegionResolution resolve(String organ, String title, String text, int year) {
        return RESOLVER.resolve(new RegionQuery(organ, title, null, text, year, null, null));
    }

    private static List<String> names(List<RegionNode> path) {
        return path.stream().map(RegionNode::getName).toList();
    }

    private static List<String> codes(List<RegionNode> path) {
        return path.stream().map(RegionNode::getCode).toList();
    }

    @Test
    void aSpecialZoneResolvesToTheDivisionItAdministersAndSaysSo() {
        RegionResolution resolution = resolve("平潭综合实验区", 2021);

        assertThat(resolution.resolution()).isEqualTo(Resolution.INFERRED);
        assertThat(codes(resolution.path())).containsExactly("350000", "350100", "350128");
        assertThat(resolution.explanation()).contains("平潭综合实验区 is a special zone", "平潭县");
    }

    @Test
    void aDepartmentOfAProvinceIsTheProvince() {
        RegionResolution resolution = resolve("河北省教育厅", 2019);

        assertThat(resolution.resolution()).isEqualTo(Resolution.EXACT);
        assertThat(codes(resolution.path())).containsExactly("130000");
        assertThat(resolution.path().get(0).getLevel()).isEqualTo(RegionLevel.PROVINCE);
    }

    @Test
    void aTownshipFollowsItsRedistrictingByYear() {
        RegionResolution in2020 = resolve("潮鸣街道办事处", 2020);
        RegionResolution in2021 = resolve("潮鸣街道办事处", 2021);

        assertThat(in2020.code()).isEqualTo("330103005");
        assertThat(names(in2020.path())).containsExactly("浙江省", "杭州市", "下城区", "潮鸣街道");
        assertThat(in2021.code()).isEqualTo("330105015");
        assertThat(names(in2021.path())).containsExactly("浙江省", "杭州市", "拱墅区", "潮鸣街道");
        assertThat(in2021.resolution()).isEqualTo(Resolution.EXACT);
    }

    @Test
    void aDissolvedDistrictInTheOrganIsCorrectedToTheOneThatTookItsStreets() {
        RegionResolution resolution = resolve("杭州市下城区潮鸣街道办事处", 2021);

        assertThat(resolution.resolution()).isEqualTo(Resolution.INFERRED);
        assertThat(resolution.code()).isEqualTo("330105015");
        assertThat(resolution.corrections()).containsExactly(Map.entry("下城区", "拱墅区"));
    }

    @Test
    void aCountyDissolvedByTheYearIsMappedToItsSuccessor() {
        RegionResolution resolution = resolve("孟津县城关镇人民政府", 2022);

        assertThat(resolution.resolution()).isEqualTo(Resolution.INFERRED);
        assertThat(names(resolution.path())).containsExactly("河南省", "洛阳市", "孟津区", "城关镇");
        assertThat(resolution.corrections()).containsExactly(Map.entry("孟津县", "孟津区"));
    }

    @Test
    void aTownshipWrittenWithItsCountyAsTheStatisticsOnceNamedItIsTheSameTownship() {
        RegionResolution resolution = resolve("黑河市逊克县克林镇", 2023);

        assertThat(resolution.resolution()).isEqualTo(Resolution.EXACT);
        assertThat(resolution.code()).isEqualTo("231123103");
    }

    @Test
    void aPlaceTheGazetteerLacksResolvesAsDeepAsTheOrgansOtherNames() {
        RegionResolution unknownStreet = resolve("西工区唐宫东街道", 2023);
        RegionResolution unknownZone = resolve("杭州市钱塘新区管委会", 2020);

        assertThat(unknownStreet.resolution()).isEqualTo(Resolution.INFERRED);
        assertThat(unknownStreet.code()).isEqualTo("410303");
        assertThat(unknownZone.resolution()).isEqualTo(Resolution.INFERRED);
        assertThat(unknownZone.code()).isEqualTo("330100");
    }

    @Test
    void ofNamesakesNestedInOneAnotherTheOutermostIsMeant() {
        RegionResolution resolution = resolve("嘉峪关市人民政府", 2023);

        assertThat(resolution.resolution()).isEqualTo(Resolution.EXACT);
        assertThat(codes(resolution.path())).containsExactly("620000", "620200");
    }

    @Test
    void aTownshipNameSharedByManyCountiesAloneIsAmbiguous() {
        RegionResolution resolution = resolve("城关镇人民政府", 2023);

        assertThat(resolution.resolution()).isEqualTo(Resolution.AMBIGUOUS);
        assertThat(resolution.path()).isEmpty();
        assertThat(resolution.code()).isNull();
        assertThat(resolution.candidates()).hasSize(88).allSatisfy(candidate -> {
            assertThat(candidate.get(candidate.size() - 1).getName()).isEqualTo("城关镇");
            assertThat(candidate.get(candidate.size() - 1).getLevel()).isEqualTo(RegionLevel.TOWNSHIP);
        });
        assertThat(resolution.explanation()).contains("88");
    }

    @Test
    void aSharedTownshipNameWithItsCountyInTheTitleIsExact() {
        RegionResolution resolution = resolve("城关镇人民政府", "五河县城关镇人民政府2023年政府信息公开工作年度报告", "", 2023);

        assertThat(resolution.resolution()).isEqualTo(Resolution.EXACT);
        assertThat(names(resolution.path())).containsExactly("安徽省", "蚌埠市", "五河县", "城关镇");
        assertThat(resolution.code()).isEqualTo("340322100");
    }

    @Test
    void aSharedTownshipNameWithItsCountyOnlyInTheTextIsInferred() {
        RegionResolution resolution = resolve("城关镇人民政府", "城关镇2023年政府信息公开工作年度报告",
                "2023年，城关镇按照五河县政务公开工作要点，主动公开政府信息。", 2023);

        assertThat(resolution.resolution()).isEqualTo(Resolution.INFERRED);
        assertThat(resolution.code()).isEqualTo("340322100");
        assertThat(resolution.explanation()).contains("五河县");
    }

    @Test
    void aTownshipNameShortOfTheOfficialOneIsCorrectedWithinTheCountyTheOrganNames() {
        RegionResolution resolution = resolve("西工区唐宫街道办事处", 2023);

        assertThat(resolution.resolution()).isEqualTo(Resolution.INFERRED);
        assertThat(resolution.corrections()).containsExactly(Map.entry("唐宫街道", "唐宫路街道"));
        assertThat(names(resolution.path())).containsExactly("河南省", "洛阳市", "西工区", "唐宫路街道");
        assertThat(resolution.code()).isEqualTo("410303006");
    }

    @Test
    void aCountyDepartmentResolvesToItsCounty() {
        RegionResolution resolution = resolve("诸暨市卫生健康局", 2023);

        assertThat(resolution.resolution()).isEqualTo(Resolution.EXACT);
        assertThat(names(resolution.path())).containsExactly("浙江省", "绍兴市", "诸暨市");
        assertThat(codes(resolution.path())).containsExactly("330000", "330600", "330681");
    }

    @Test
    void aBranchOfANationalOrganResolvesToThePlaceItNames() {
        RegionResolution resolution = resolve("国家税务总局杭州市拱墅区税务局", 2023);

        assertThat(resolution.resolution()).isEqualTo(Resolution.EXACT);
        assertThat(resolution.code()).isEqualTo("330105");
    }

    @Test
    void aCityGovernmentOfficeResolvesToItsPrefecture() {
        RegionResolution resolution = resolve("杭州市人民政府办公厅", 2023);

        assertThat(resolution.resolution()).isEqualTo(Resolution.EXACT);
        assertThat(codes(resolution.path())).containsExactly("330000", "330100");
        assertThat(resolution.path().get(1).getLevel()).isEqualTo(RegionLevel.PREFECTURE);
    }

    @Test
    void aProvincialDepartmentResolvesToItsProvince() {
        RegionResolution resolution = resolve("浙江省教育厅", 2023);

        assertThat(resolution.resolution()).isEqualTo(Resolution.EXACT);
        assertThat(codes(resolution.path())).containsExactly("330000");
        assertThat(resolution.path().get(0).getLevel()).isEqualTo(RegionLevel.PROVINCE);
    }

    @Test
    void aRegionHintThatIsACodeIsTrusted() {
        RegionResolution resolution = RESOLVER.resolve(new RegionQuery("卫生健康局", null, null, null, 2023, null, "330681"));

        assertThat(resolution.resolution()).isEqualTo(Resolution.EXACT);
        assertThat(resolution.code()).isEqualTo("330681");
        assertThat(names(resolution.path())).containsExactly("浙江省", "绍兴市", "诸暨市");
    }

    @Test
    void theOrganRefinesAHintedCodeDownwards() {
        RegionResolution county = RESOLVER.resolve(new RegionQuery("上塘街道办事处", null, null, null, 2023, null, "330105"));
        RegionResolution twelveDigits = RESOLVER.resolve(new RegionQuery("街道办事处", null, null, null, 2023, null, "330105008000"));

        assertThat(county.code()).isEqualTo("330105008");
        assertThat(twelveDigits.code()).isEqualTo("330105008");
    }

    @Test
    void aRegionHintThatIsAPlaceNameTellsNamesakesApart() {
        RegionResolution resolution = RESOLVER.resolve(new RegionQuery("城关镇人民政府", null, null, null, 2023, null, "蚌埠市五河县"));

        assertThat(resolution.resolution()).isEqualTo(Resolution.INFERRED);
        assertThat(resolution.code()).isEqualTo("340322100");
    }

    @Test
    void nothingThatNamesAPlaceIsUnresolved() {
        RegionResolution resolution = resolve("火星殖民管理局", "火星殖民管理局年度报告", "本局今年收到申请3件。", 2023);

        assertThat(resolution.resolution()).isEqualTo(Resolution.UNRESOLVED);
        assertThat(resolution.path()).isEmpty();
        assertThat(resolution.candidates()).isEmpty();
        assertThat(resolution.explanation()).isNotBlank();
    }

    @Test
    void a2017ReportFindsTheStreetByItsOfficeName() {
        RegionResolution asWritten = resolve("西工区唐宫路街道办事处", 2017);
        RegionResolution newStyle = resolve("西工区唐宫路街道", 2017);

        assertThat(asWritten.resolution()).isEqualTo(Resolution.EXACT);
        assertThat(asWritten.code()).isEqualTo("410303006");
        assertThat(asWritten.path().get(3).getName()).isEqualTo("唐宫路街道办事处");
        assertThat(newStyle.resolution()).isEqualTo(Resolution.EXACT);
        assertThat(newStyle.code()).isEqualTo("410303006");
    }

    @Test
    void aDistrictGovernmentIsTheDistrictNotTheTownshipLevelUnitOfTheSameName() {
        RegionResolution district = resolve("西工区人民政府", 2023);
        RegionResolution township = resolve("获嘉县西工区", 2023);
        RegionResolution townshipByText = resolve("西工区管理委员会", "西工区2023年政府信息公开工作年度报告", "获嘉县西工区", 2023);

        assertThat(district.resolution()).isEqualTo(Resolution.INFERRED);
        assertThat(codes(district.path())).containsExactly("410000", "410300", "410303");
        assertThat(district.explanation()).contains("county");
        assertThat(township.resolution()).isEqualTo(Resolution.EXACT);
        assertThat(township.code()).isEqualTo("410724560");
        assertThat(township.path().get(3).getLevel()).isEqualTo(RegionLevel.TOWNSHIP);
        assertThat(townshipByText.code()).isEqualTo("410724560");
    }

    @Test
    void municipalitiesSkipTheStatisticalPrefectureRow() {
        RegionResolution resolution = resolve("北京市东城区人民政府东华门街道办事处", 2023);

        assertThat(names(resolution.path())).containsExactly("北京市", "东城区", "东华门街道");
        assertThat(resolution.path()).extracting(RegionNode::getLevel)
                .containsExactly(RegionLevel.PROVINCE, RegionLevel.COUNTY, RegionLevel.TOWNSHIP);
    }

    @Test
    void dongguanStreetsHangUnderThePrefecture() {
        RegionResolution resolution = resolve("东莞市东城街道办事处", 2023);

        assertThat(resolution.resolution()).isEqualTo(Resolution.EXACT);
        assertThat(codes(resolution.path())).containsExactly("440000", "441900", "441900003");
    }

    @Test
    void yearsOutsideTheGazetteerUseItsNearestYear() {
        assertThat(resolve("潮鸣街道办事处", 2025).code()).isEqualTo("330105015");
        assertThat(resolve("潮鸣街道办事处", 2012).code()).isEqualTo("330103005");
    }

    @Test
    void anAutonomousPrefectureIsFoundByItsShortName() {
        RegionResolution resolution = resolve("恩施州人民政府", 2023);

        assertThat(resolution.resolution()).isEqualTo(Resolution.EXACT);
        assertThat(names(resolution.path())).containsExactly("湖北省", "恩施土家族苗族自治州");
    }

    @Test
    void aMisnamedTownshipWithoutItsCountyIsCorrectedNationwideWhenOnlyOneFits() {
        RegionResolution resolution = resolve("唐宫街道办事处", 2023);

        assertThat(resolution.resolution()).isEqualTo(Resolution.INFERRED);
        assertThat(resolution.code()).isEqualTo("410303006");
    }

    @Test
    void organNamesThatContradictEachOtherAreAmbiguous() {
        RegionResolution resolution = resolve("诸暨市上塘街道办事处", 2023);

        assertThat(resolution.resolution()).isEqualTo(Resolution.AMBIGUOUS);
        assertThat(resolution.candidates()).extracting(c -> c.get(c.size() - 1).getCode()).contains("330105008", "330681");
    }
}
