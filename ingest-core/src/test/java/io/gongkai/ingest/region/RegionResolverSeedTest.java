package io.gongkai.ingest.region;

import io.gongkai.events.RegionLevel;
import io.gongkai.events.RegionNode;
import io.gongkai.events.Resolution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The five sample reports resolve to the region their expected JSON names, codes included. */
class RegionResolverSeedTest {

    private static final RegionResolver RESOLVER = RegionResolver.load();

    static List<SeedReport> seeds() {
        return SeedReport.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void resolvesToTheExpectedPath(SeedReport seed) {
        RegionResolution resolution = RESOLVER.resolve(seed.query());

        JsonNode region = seed.expected().get("region");
        String code = region.get("code").asText();
        assertThat(resolution.resolution()).as(resolution.explanation()).isIn(Resolution.EXACT, Resolution.INFERRED);
        assertThat(resolution.path()).extracting(RegionNode::getLevel)
                .containsExactly(RegionLevel.PROVINCE, RegionLevel.PREFECTURE, RegionLevel.COUNTY, RegionLevel.TOWNSHIP);
        assertThat(resolution.path()).extracting(RegionNode::getName).containsExactly(
                region.get("province").asText(), region.get("prefecture").asText(),
                region.get("county").asText(), region.get("township").asText());
        // ordinary provinces: province aa0000, prefecture aabb00, county aabbcc, township aabbccddd
        assertThat(resolution.path()).extracting(RegionNode::getCode).containsExactly(
                code.substring(0, 2) + "0000", code.substring(0, 4) + "00", code.substring(0, 6), code);
        assertThat(resolution.code()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void isExactUnlessTheTitleMisnamesTheTownship(SeedReport seed) {
        RegionResolution resolution = RESOLVER.resolve(seed.query());

        if (seed.id().equals("001")) { // title 西工区唐宫街道办事处; the township is 唐宫路街道
            assertThat(resolution.resolution()).isEqualTo(Resolution.INFERRED);
            assertThat(resolution.corrections()).containsExactly(Map.entry("唐宫街道", "唐宫路街道"));
        } else {
            assertThat(resolution.resolution()).as(resolution.explanation()).isEqualTo(Resolution.EXACT);
            assertThat(resolution.corrections()).isEmpty();
        }
    }
}
