package io.gongkai.schemas;

/**
 * The two region codes beside the gazetteer's, as report ids, outcome headers and regional totals use them:
 * {@value #COUNTRY} for the whole country, and {@value #UNRESOLVED} for reports whose region could not be resolved.
 */
public final class RegionCodes {

    /** The whole country: every report of a year counts here. */
    public static final String COUNTRY = "CN";
    public static final String COUNTRY_NAME = "全国";
    /**
     * Reports without a region path (UNRESOLVED, or AMBIGUOUS without a common ancestor). Their totals sit at country
     * level beside {@value #COUNTRY}, not below it: the country's children are its provinces only.
     */
    public static final String UNRESOLVED = "unresolved";
    public static final String UNRESOLVED_NAME = "未解析地区";

    private RegionCodes() {
    }
}
