package io.gongkai.aggregation;

import io.gongkai.platform.OwnedTopics;
import io.gongkai.platform.security.EndpointAccess;
import io.gongkai.schemas.Roles;
import io.gongkai.schemas.TopicCatalog;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;

/** Keeps rolling regional totals per region and year up the administrative hierarchy, queryable over HTTP. */
@SpringBootApplication
public class AggregationService {

    public static void main(String[] args) {
        SpringApplication.run(AggregationService.class, args);
    }

    /** Owns the region-totals topic and the dead letters of the outcome topics it consumes. */
    @Bean
    OwnedTopics ownedTopics() {
        return OwnedTopics.of(
                TopicCatalog.REGION_TOTALS,
                TopicCatalog.VALIDATION_PASSED.deadLetter(),
                TopicCatalog.VALIDATION_VIOLATIONS.deadLetter());
    }

    /** Regional totals are for monitoring offices: {@code viewer}. */
    @Bean
    EndpointAccess regionTotalsAccess() {
        return endpoints -> endpoints.requestMatchers(HttpMethod.GET, "/regions/*/totals", "/regions/*/children").hasRole(Roles.VIEWER);
    }
}
