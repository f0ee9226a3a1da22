package io.gongkai.aggregation.totals;

import io.gongkai.schemas.RegionCodes;

/**
 * Where totals live: one key per region and year, {@code <regionCode>:<year>}, the gazetteer's codes and the two of
 * {@link RegionCodes} (reports whose region could not be resolved count under the country too, and under no province).
 */
public final class RegionKeys {

    private RegionKeys() {
    }

    /** The key of a region's totals in a year: {@code <regionCode>:<year>}. */
    public static String of(String regionCode, int year) {
        return regionCode + ":" + year;
    }
}
