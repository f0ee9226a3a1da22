package io.gongkai.ingest.region;

import io.gongkai.events.RegionNode;
import io.gongkai.events.Resolution;

import java.util.List;
import java.util.Map;

/**
 * Where an organ sits, and how sure that is: never a guess presented as fact.
 *
 * @param resolution  EXACT (the names given identify one division), INFERRED (one division, but only after
 *                    correcting a name or using context such as the body or the year's redistricting),
 *                    AMBIGUOUS (several divisions fit: see candidates), UNRESOLVED (none fits)
 * @param path        province → prefecture → county → township, as deep as resolved; empty unless EXACT or INFERRED
 * @param candidates  the competing paths when AMBIGUOUS
 * @param corrections names as written → official names, e.g. 唐宫街道 → 唐宫路街道
 * @param explanation how the resolution was reached, in words
 */
public record RegionResolution(Resolution resolution, List<RegionNode> path, List<List<RegionNode>> candidates,
                               Map<String, String> corrections, String explanation) {

    /** The most precise code resolved, or null. */
    public String code() {
        return path.isEmpty() ? null : path.get(path.size() - 1).getCode();
    }
}
