package io.gongkai.aggregation.totals;

/**
 * Where totals live: one key per region and year, {@code <regionCode>:<year>}. Besides the gazetteer's
 * codes there are two: {@value #COUNTRY} for the whole country, and {@value #UNRESOLVED} for the reports
 * whose region could not be resolved (they count under the country too, and under no province).
 */
public final class RegionKeys {

    /** The whole country: every report of a year counts here. */
    public static final String COUNTRY = "CN";
    public static final String COUNTRY_NAME = "全国";
    /**
     * The bucket of reports without a region path (UNRESOLVED, or AMBIGUOUS without a common ancestor).
     * It sits at country level ({@code RegionLevel.COUNTRY}) beside {@value #COUNTRY}, not below it: the
     * country's children are its provinces only.
     */
    public static final String UNRESOLVED = "unresolved";
    public static final String UNRESOLVED_NAME = "未解析地区";

    private RegionKeys() {
    }

    /** The key of a region's totals in a year: {@code <regionCode>:<year>}. */
    public static String of(String regionCode, int year) {
        return regionCode + ":" + year;
    }
}
