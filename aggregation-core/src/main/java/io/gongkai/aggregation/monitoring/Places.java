package io.gongkai.aggregation.monitoring;

import io.gongkai.events.Region;
import io.gongkai.events.RegionNode;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance of each region path and each place on it: the read model holds every report, and a region's
 * path repeats in every report of the region — held once per report, the paths were a fifth of the read model.
 */
final class Places {

    private final Map<Place, Place> places = new ConcurrentHashMap<>();
    private final Map<List<Place>, List<Place>> paths = new ConcurrentHashMap<>();

    /** The region's path, province first, as the shared instance of an equal path. */
    List<Place> path(Region region) {
        List<Place> path = region.getPath().stream().map(this::place).toList();
        return paths.computeIfAbsent(path, first -> first);
    }

    private Place place(RegionNode node) {
        Place place = new Place(node.getCode(), node.getName(), node.getLevel());
        return places.computeIfAbsent(place, first -> first);
    }
}
