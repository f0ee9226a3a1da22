package io.gongkai.aggregation.query;

import io.gongkai.aggregation.streams.AggregationTopology;
import io.gongkai.aggregation.totals.RegionKeys;
import io.gongkai.aggregation.totals.Tallies;
import io.gongkai.events.RegionTally;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Answers totals queries from the {@value AggregationTopology#TALLIES_STORE} store (interactive queries).
 * A region-year lives on the instance that owns its key's partition: this instance reads its own store, and
 * asks the owner over HTTP otherwise, marking the request with {@value #FORWARDED_HEADER}. A forwarded
 * request is never forwarded again: if this instance does not own the key after all (a rebalance moved it),
 * the answer is "unavailable", and the caller retries. The owner is asked with the caller's own credentials
 * ({@link CallerCredentialsRelay}).
 */
public final class RegionTotalsLookup {

    /** Header of a query one instance forwards to another; its value is the forwarding instance. */
    public static final String FORWARDED_HEADER = "Gongkai-Forwarded-By";

    private final Supplier<KafkaStreams> streams;
    private final HostInfo self;
    private final RestClient http;

    /**
     * @param streams the running Kafka Streams client, or null before it starts
     * @param self    this instance's {@code application.server}
     * @param http    the client that asks the other instances
     */
    public RegionTotalsLookup(Supplier<KafkaStreams> streams, HostInfo self, RestClient http) {
        this.streams = streams;
        this.self = self;
        this.http = http.mutate().requestInterceptor(new CallerCredentialsRelay()).build();
    }

    /** The totals of {@code region} in {@code year}, from this instance or from the owner of the key. */
    public Lookup<RegionTotalsJson> totals(String region, int year, boolean forwarded) {
        KafkaStreams running = streams.get();
        if (running == null) {
            return new Lookup.Unavailable<>("Kafka Streams has not started");
        }
        String key = RegionKeys.of(region, year);
        KeyQueryMetadata owner;
        try {
            owner = running.queryMetadataForKey(AggregationTopology.TALLIES_STORE, key, Serdes.String().serializer());
        } catch (InvalidStateStoreException | IllegalStateException e) {
            return new Lookup.Unavailable<>("Kafka Streams is not running: " + e.getMessage());
        }
        if (owner == null || KeyQueryMetadata.NOT_AVAILABLE.equals(owner)) {
            return new Lookup.Unavailable<>("no instance owns " + key + " yet");
        }
        if (owner.activeHost().equals(self)) {
            return local(running, key, owner.partition());
        }
        if (forwarded) {
            return new Lookup.Unavailable<>(self + " does not own " + key + "; " + owner.activeHost() + " does");
        }
        return remote(owner.activeHost(), region, year);
    }

    /**
     * The totals of the regions one level down from {@code region} that have reports in {@code year}, in code
     * order. A child that lost its last report since its parent was read is left out.
     */
    public Lookup<List<RegionTotalsJson>> children(String region, int year) {
        Lookup<RegionTotalsJson> parent = totals(region, year, false);
        if (parent instanceof Lookup.Missing<RegionTotalsJson> missing) {
            return new Lookup.Missing<>(missing.reason());
        }
        if (parent instanceof Lookup.Unavailable<RegionTotalsJson> unavailable) {
            return new Lookup.Unavailable<>(unavailable.reason());
        }
        List<RegionTotalsJson> children = new ArrayList<>();
        for (String child : ((Lookup.Found<RegionTotalsJson>) parent).value().children()) {
            Lookup<RegionTotalsJson> answer = totals(child, year, false);
            if (answer instanceof Lookup.Unavailable<RegionTotalsJson> unavailable) {
                return new Lookup.Unavailable<>(unavailable.reason());
            }
            if (answer instanceof Lookup.Found<RegionTotalsJson> found) {
                children.add(found.value());
            }
        }
        children.sort(Comparator.comparing(RegionTotalsJson::region));
        return new Lookup.Found<>(children);
    }

    private Lookup<RegionTotalsJson> local(KafkaStreams running, String key, int partition) {
        try {
            ReadOnlyKeyValueStore<String, RegionTally> store = running.store(StoreQueryParameters
                    .fromNameAndType(AggregationTopology.TALLIES_STORE, QueryableStoreTypes.<String, RegionTally>keyValueStore())
                    .withPartition(partition));
            RegionTally tally = store.get(key);
            return tally == null
                    ? new Lookup.Missing<>("no reports for " + key)
                    : new Lookup.Found<>(RegionTotalsJson.of(Tallies.totals(tally)));
        } catch (InvalidStateStoreException e) {
            return new Lookup.Unavailable<>("store " + AggregationTopology.TALLIES_STORE + " is not queryable: " + e.getMessage());
        }
    }

    private Lookup<RegionTotalsJson> remote(HostInfo owner, String region, int year) {
        URI uri = UriComponentsBuilder.newInstance().scheme("http").host(owner.host()).port(owner.port())
                .path("/regions/{region}/totals").queryParam("year", year)
                .buildAndExpand(region).encode().toUri();
        try {
            return http.get().uri(uri).header(FORWARDED_HEADER, self.host() + ":" + self.port()).exchange((request, response) -> {
                int status = response.getStatusCode().value();
                if (status == 200) {
                    return new Lookup.Found<>(response.bodyTo(RegionTotalsJson.class));
                }
                if (status == 404) {
                    return new Lookup.Missing<>("no reports for " + RegionKeys.of(region, year) + " (" + owner + ")");
                }
                return new Lookup.Unavailable<>(owner + " answered " + status);
            });
        } catch (RestClientException e) {
            return new Lookup.Unavailable<>(owner + " cannot be reached: " + e.getMessage());
        }
    }
}
