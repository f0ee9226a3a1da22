package io.gongkai.aggregation;

import io.gongkai.aggregation.query.RegionTotalsLookup;
import io.gongkai.aggregation.streams.AggregationTopology;
import io.gongkai.events.RegionTally;
import io.gongkai.platform.GongkaiProperties;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.registry.AvroSerde;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.state.HostInfo;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Runs the {@link AggregationTopology} in Spring Kafka's {@link StreamsBuilderFactoryBean}, configured by
 * Boot's {@code spring.kafka.streams.*} (application id, {@code exactly_once_v2}, {@code application.server}),
 * with the registry serde on {@code gongkai.schema-registry-url}; and answers queries from its stores.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class AggregationStreamsConfiguration {

    @Bean
    KTable<String, RegionTally> regionTallies(StreamsBuilder builder, GongkaiProperties gongkai) {
        SchemaRegistryClient registry = SchemaRegistryClient.forUrl(gongkai.schemaRegistryUrl());
        return AggregationTopology.define(builder, TopicCatalog.VALIDATION_PASSED.valueSerde(registry), new AvroSerde<>(registry),
                TopicCatalog.REGION_TOTALS.valueSerde(registry));
    }

    /** Queries of this instance's stores, forwarded to the owning instance when the key lives elsewhere. */
    @Bean
    RegionTotalsLookup regionTotalsLookup(StreamsBuilderFactoryBean streams, KafkaStreamsConfiguration config) {
        String server = config.asProperties().getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG);
        Assert.hasText(server, "spring.kafka.streams.properties.application.server must name this instance (host:port)");
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(5));
        return new RegionTotalsLookup(streams::getKafkaStreams, HostInfo.buildFromEndpoint(server),
                RestClient.builder().requestFactory(requests).build());
    }
}
