package io.gongkai.ingest.region;

import io.gongkai.events.RegionNode;
import io.gongkai.events.Resolution;

import java.util.List;
import java.util.Map;

/**
 * Where an organ sits, and how sure that is: never a guess presented as fact.
 *
 * @param resolution  EXACT: the report's own names (organ, title, publisher) read against the gazetteer of the
 *                    report's year identify one division, each as written (街道 / 街道办事处 and short forms such as
 *                    恩施州 count as written) — or a region hint gave its gazetteer code.
 *                    INFERRED: one division, but only after correcting a name (唐宫街道 → 唐宫路街道), mapping a name
 *                    the year's redistricting dissolved (下城区 → 拱墅区 in 2021), reading another year's gazetteer,
 *                    or telling namesakes apart by the body or by a hint's place name.
 *                    AMBIGUOUS: several divisions fit, or the organ's names contradict each other: see candidates.
 *                    UNRESOLVED: none fits.
 * @param path        province → prefecture → county → township, as deep as resolved; empty unless EXACT or INFERRED.
 *                    No COUNTRY node and no statistical placeholder: 北京市 → 东城区, not 北京市 → 市辖区 → 东城区;
 *                    the townships of 东莞, 中山 and 儋州 follow their prefecture directly
 * @param candidates  the competing paths when AMBIGUOUS, most precise node last in each; empty otherwise
 * @param corrections names as written → official names of the report's year, e.g. 唐宫街道 → 唐宫路街道; empty for
 *                    EXACT
 * @param explanation how the resolution was reached, in words
 */
public record RegionResolution(Resolution resolution, List<RegionNode> path, List<List<RegionNode>> candidates,
                               Map<String, String> corrections, String explanation) {

    /** The most precise code resolved, or null. */
    public String code() {
        return path.isEmpty() ? null : path.get(path.size() - 1).getCode();
    }
}
