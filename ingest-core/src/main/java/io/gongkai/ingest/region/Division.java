package io.gongkai.ingest.region;

import io.gongkai.events.RegionLevel;

import java.util.Set;

/**
 * One row of the gazetteer: a division's code, parent, level and name as they stood from {@code firstYear} to
 * {@code lastYear}. The same code has several rows when it was renamed (2016–2018 "…街道办事处", 2019 onwards
 * "…街道") or moved under another parent.
 */
record Division(String code, String parentCode, RegionLevel level, String name, int firstYear, int lastYear) {

    /** Names the statistics use for a level that has no division of its own, e.g. 北京市 → 市辖区 → 东城区. */
    private static final Set<String> PLACEHOLDER_NAMES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    boolean validIn(int year) {
        return firstYear <= year && year <= lastYear;
    }

    /** True for the statistical fillers (市辖区, 县, 省直辖县级行政区划…) that no organ belongs to by name. */
    boolean isPlaceholder() {
        return PLACEHOLDER_NAMES.contains(name);
    }

    /** Distance in years from {@code year} to the nearest year this row was valid; 0 when valid then. */
    int yearsFrom(int year) {
        return year < firstYear ? firstYear - year : year > lastYear ? year - lastYear : 0;
    }
}
