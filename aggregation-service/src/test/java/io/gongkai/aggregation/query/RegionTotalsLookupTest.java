package io.gongkai.aggregation.query;

import com.sun.net.httpserver.HttpServer;
import io.gongkai.aggregation.SeedOutcomes;
import io.gongkai.aggregation.streams.AggregationTopology;
import io.gongkai.aggregation.totals.Contributions;
import io.gongkai.aggregation.totals.Tallies;
import io.gongkai.events.RegionTally;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Routing of queries with a stand-in Kafka Streams client: keys this instance owns are read from its store,
 * others are asked of their owner (here a plain HTTP server) once, never forwarded twice.
 */
class RegionTotalsLookupTest {

    private static final HostInfo SELF = new HostInfo("127.0.0.1", 8183);

    private final KafkaStreams streams = mock(KafkaStreams.class);
    @SuppressWarnings("unchecked")
    private final ReadOnlyKeyValueStore<String, RegionTally> store = mock(ReadOnlyKeyValueStore.class);
    private final Map<String, RegionTally> tallies = new HashMap<>();
    private final List<String> forwardedBy = new CopyOnWriteArrayList<>();
    private HttpServer owner;
    private HostInfo ownerHost;
    private RegionTotalsLookup lookup;

    @BeforeEach
    void start() throws IOException {
        SeedOutcomes.all().forEach(seed -> Contributions.of(seed).forEach((key, tally) -> tallies.merge(key, tally, Tallies::plus)));
        when(store.get(anyString())).thenAnswer(call -> tallies.get(call.<String>getArgument(0)));
        when(streams.store(any(StoreQueryParameters.class))).thenReturn(store);

        owner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        owner.createContext("/regions/", exchange -> {
            forwardedBy.add(exchange.getRequestHeaders().getFirst(RegionTotalsLookup.FORWARDED_HEADER));
            boolean known = exchange.getRequestURI().getPath().equals("/regions/330600/totals");
            byte[] body = (known
                    ? "{\"region\":\"330600\",\"name\":\"绍兴市\",\"level\":\"prefecture\",\"year\":2023,\"reports\":1,\"passed\":1,"
                    + "\"violating\":0,\"received\":20,\"carriedOver\":0,\"carriedForward\":2,\"reviewPending\":1,\"suitPending\":0,"
                    + "\"children\":[\"330681\"]}"
                    : "{\"status\":404}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(known ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        owner.start();
        ownerHost = new HostInfo("127.0.0.1", owner.getAddress().getPort());
        lookup = new RegionTotalsLookup(() -> streams, SELF, RestClient.create());
    }

    @AfterEach
    void stop() {
        owner.stop(0);
    }

    @Test
    void ownKeyIsReadFromTheLocalStore() {
        ownedBy("330000:2023", SELF);

        Lookup<RegionTotalsJson> answer = lookup.totals("330000", 2023, false);

        assertThat(answer).isInstanceOfSatisfying(Lookup.Found.class, found -> {
            RegionTotalsJson totals = (RegionTotalsJson) found.value();
            assertThat(totals.name()).isEqualTo("浙江省");
            assertThat(totals.level()).isEqualTo("province");
            assertThat(totals.reports()).isEqualTo(3);
            assertThat(totals.received()).isEqualTo(59);
        });
        assertThat(forwardedBy).isEmpty();
    }

    @Test
    void keyOfAnotherInstanceIsAskedOfItsOwner() {
        ownedBy("330600:2023", ownerHost);

        Lookup<RegionTotalsJson> answer = lookup.totals("330600", 2023, false);

        assertThat(answer).isEqualTo(new Lookup.Found<>(new RegionTotalsJson("330600", "绍兴市", "prefecture", 2023, 1, 1, 0,
                20, 0, 2, 1, 0, null, null, List.of("330681"))));
        assertThat(forwardedBy).containsExactly("127.0.0.1:8183");
    }

    @Test
    void ownerWithoutTheRegionYearAnswersMissing() {
        ownedBy("330700:2023", ownerHost);

        assertThat(lookup.totals("330700", 2023, false)).isInstanceOf(Lookup.Missing.class);
    }

    @Test
    void forwardedQueryIsNotForwardedAgain() {
        ownedBy("330600:2023", ownerHost);

        assertThat(lookup.totals("330600", 2023, true)).isInstanceOf(Lookup.Unavailable.class);
        assertThat(forwardedBy).isEmpty();
    }

    @Test
    void unreachableOwnerIsUnavailable() {
        ownedBy("330600:2023", ownerHost);
        owner.stop(0);

        assertThat(lookup.totals("330600", 2023, false)).isInstanceOf(Lookup.Unavailable.class);
    }

    @Test
    void regionYearWithoutReportsIsMissing() {
        ownedBy("330000:2022", SELF);

        assertThat(lookup.totals("330000", 2022, false)).isInstanceOf(Lookup.Missing.class);
    }

    @Test
    void unavailableWhileNotStartedRebalancingOrRestoring() {
        assertThat(new RegionTotalsLookup(() -> null, SELF, RestClient.create()).totals("330000", 2023, false))
                .isInstanceOf(Lookup.Unavailable.class);

        when(streams.queryMetadataForKey(eq(AggregationTopology.TALLIES_STORE), eq("330000:2023"), any(Serializer.class)))
                .thenReturn(KeyQueryMetadata.NOT_AVAILABLE);
        assertThat(lookup.totals("330000", 2023, false)).isInstanceOf(Lookup.Unavailable.class);

        ownedBy("330000:2023", SELF);
        when(streams.store(any(StoreQueryParameters.class))).thenThrow(new InvalidStateStoreException("restoring"));
        assertThat(lookup.totals("330000", 2023, false)).isInstanceOf(Lookup.Unavailable.class);
    }

    @Test
    void childrenAreTheNextLevelDownWhereverTheyLiveInCodeOrder() {
        ownedBy("330000:2023", SELF);
        ownedBy("330100:2023", SELF);
        ownedBy("330600:2023", ownerHost);

        Lookup<List<RegionTotalsJson>> answer = lookup.children("330000", 2023);

        assertThat(answer).isInstanceOfSatisfying(Lookup.Found.class, found -> assertThat(((List<?>) found.value()))
                .extracting("region", "reports", "received")
                .containsExactly(tuple("330100", 2, 39), tuple("330600", 1, 20)));
    }

    @Test
    void childrenOfARegionWithoutReportsAreMissing() {
        ownedBy("330000:2019", SELF);

        assertThat(lookup.children("330000", 2019)).isInstanceOf(Lookup.Missing.class);
    }

    private void ownedBy(String key, HostInfo host) {
        when(streams.queryMetadataForKey(eq(AggregationTopology.TALLIES_STORE), eq(key), any(Serializer.class)))
                .thenReturn(new KeyQueryMetadata(host, Set.of(), 0));
    }
}
