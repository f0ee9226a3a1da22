package io.gongkai.ingest.region;

import io.gongkai.events.RegionLevel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding place names in text: longest names, every form a report writes, nothing inside a longer name. */
class PlaceNameIndexTest {

    private static final PlaceNameIndex INDEX = PlaceNameIndex.of(List.of(
            new Division("330000", "", RegionLevel.PROVINCE, "浙江省", 2016, 2023),
            new Division("330100", "330000", RegionLevel.PREFECTURE, "杭州市", 2016, 2023),
            new Division("330105", "330100", RegionLevel.COUNTY, "拱墅区", 2016, 2023),
            new Division("330105008", "330105", RegionLevel.TOWNSHIP, "上塘街道", 2016, 2023),
            new Division("110101", "110100", RegionLevel.COUNTY, "东城区", 2016, 2023),
            new Division("140302", "140300", RegionLevel.COUNTY, "城区", 2016, 2023),
            new Division("110100", "110000", RegionLevel.PREFECTURE, "市辖区", 2016, 2023),
            new Division("410303006", "410303", RegionLevel.TOWNSHIP, "唐宫路街道办事处", 2016, 2018),
            new Division("422800", "420000", RegionLevel.PREFECTURE, "恩施土家族苗族自治州", 2016, 2023),
            new Division("450000", "", RegionLevel.PROVINCE, "广西壮族自治区", 2016, 2023),
            new Division("130273001", "130273", RegionLevel.TOWNSHIP, "街道", 2019, 2023),
            new Division("321100", "320000", RegionLevel.PREFECTURE, "镇江市", 2016, 2023),
            new Division("321171", "321100", RegionLevel.COUNTY, "镇江新区", 2016, 2023),
            new Division("999999001", "999999", RegionLevel.TOWNSHIP, "江市镇", 2016, 2023)));

    private static List<String> found(String text) {
        return INDEX.scan(text).stream().map(PlaceToken::written).toList();
    }

    @Test
    void findsEachNameOnceAndTheLongestWhereNamesNest() {
        assertThat(found("杭州市拱墅区人民政府上塘街道办事处2023年度")).containsExactly("杭州市", "拱墅区", "上塘街道办事处");
        assertThat(found("北京市东城区")).containsExactly("东城区");
    }

    @Test
    void ofOverlappingNamesKeepsThoseThatCoverTheMostText() {
        assertThat(found("镇江市镇江新区")).containsExactly("镇江市", "镇江新区");
    }

    @Test
    void readsStreetsAndTheirOfficesAsOneName() {
        assertThat(INDEX.scan("唐宫路街道")).singleElement()
                .satisfies(token -> assertThat(token.rows()).extracting(Division::code).containsExactly("410303006"));
    }

    @Test
    void knowsShortFormsOfAutonomousDivisionsAndBareProvinceNames() {
        assertThat(found("恩施州、广西和浙江")).containsExactly("恩施州", "广西", "浙江");
    }

    @Test
    void skipsBlanksInsideANameButNotPlaceholdersOrBareUnits() {
        assertThat(found("拱墅 区")).containsExactly("拱墅区");
        assertThat(found("市辖区的街道")).isEmpty();
    }

    @Test
    void correctionsExtendTheWrittenNameOrChangeOnlyItsUnit() {
        assertThat(PlaceNames.isCorrectionOf("唐宫街道", "唐宫路街道")).isTrue();
        assertThat(PlaceNames.isCorrectionOf("钦堂乡", "钦堂镇")).isTrue();
        assertThat(PlaceNames.isCorrectionOf("唐宫街道", "唐宫路镇")).isFalse();
        assertThat(PlaceNames.isCorrectionOf("唐宫路街道", "唐宫街道")).isFalse();
    }
}
