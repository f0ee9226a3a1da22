package io.gongkai.aggregation;

import io.gongkai.platform.OwnedTopics;
import io.gongkai.platform.security.EndpointAccess;
import io.gongkai.schemas.KafkaPrincipals;
import io.gongkai.schemas.Roles;
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

    /** Owns the topics the Kafka access table gives it. */
    @Bean
    OwnedTopics ownedTopics() {
        return OwnedTopics.of(KafkaPrincipals.AGGREGATION);
    }

    /** Regional totals are for monitoring offices: {@code viewer}. */
    @Bean
    EndpointAccess regionTotalsAccess() {
        return endpoints -> endpoints.requestMatchers(HttpMethod.GET, "/regions/*/totals", "/regions/*/children").hasRole(Roles.VIEWER);
    }
}
