package io.gongkai.aggregation.monitoring;

import io.gongkai.events.RegionLevel;
import io.gongkai.events.Scope;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the reports of one level and scope compare within a region in one year: the quartiles of each
 * {@link PeerMeasure} over the reports of {@code scope} whose most precise division is of {@code level} and lies
 * under {@code region}.
 *
 * @param region    the region peers are drawn from
 * @param peers     the peer reports, by organ name
 * @param quartiles each measure's quartiles over the peers that state it
 */
public record PeerStatistics(Place region, RegionLevel level, Scope scope, int year, List<MonitoredReport> peers,
                             Map<PeerMeasure, Quartiles> quartiles) {

    static PeerStatistics of(Place region, RegionLevel level, Scope scope, int year, List<MonitoredReport> peers) {
        Map<PeerMeasure, Quartiles> quartiles = new EnumMap<>(PeerMeasure.class);
        for (PeerMeasure measure : PeerMeasure.values()) {
            quartiles.put(measure, Quartiles.of(peers.stream().map(peer -> measure.of(peer.figures()))
                    .filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray()));
        }
        return new PeerStatistics(region, level, scope, year, peers, quartiles);
    }

    /**
     * The rank of {@code report} among the peers on {@code measure}: 1 for the largest figure, ties sharing a rank
     * (1, 2, 2, 4); null when the report does not state the figure.
     */
    public Rank rank(MonitoredReport report, PeerMeasure measure) {
        Double own = measure.of(report.figures());
        if (own == null) {
            return null;
        }
        int larger = 0;
        int stated = 0;
        for (MonitoredReport peer : peers) {
            Double figure = measure.of(peer.figures());
            if (figure != null) {
                stated++;
                if (figure > own) {
                    larger++;
                }
            }
        }
        return new Rank(larger + 1, stated);
    }

    /** A place in a ranking: {@code rank} of {@code of} peers that state the figure. */
    public record Rank(int rank, int of) {
    }
}
