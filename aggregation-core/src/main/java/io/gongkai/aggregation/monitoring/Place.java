package io.gongkai.aggregation.monitoring;

import io.gongkai.events.RegionLevel;

/** One division on a report's region path. */
public record Place(String code, String name, RegionLevel level) {
}
