package io.gongkai.aggregation;

import io.gongkai.platform.OwnedTopics;
import io.gongkai.platform.security.BrowserLogin;
import io.gongkai.platform.security.EndpointAccess;
import io.gongkai.schemas.KafkaPrincipals;
import io.gongkai.schemas.Roles;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;

/**
 * Keeps rolling regional totals per region and year up the administrative hierarchy, queryable over HTTP; and serves
 * regional monitoring — its APIs, its console and the review of findings — from a read model of the reports.
 */
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

    /**
     * Regional totals, the monitoring APIs and the console are for monitoring offices ({@code viewer}, or
     * {@code reviewer}, who also records reviews); the API description is for any valid token; the console's sign-in
     * page, scripts and styles are for anyone.
     */
    @Bean
    EndpointAccess monitoringAccess() {
        return endpoints -> endpoints
                .requestMatchers(HttpMethod.GET, "/regions/*/totals", "/regions/*/children").hasRole(Roles.VIEWER)
                .requestMatchers(HttpMethod.POST, "/api/v1/violations/*/review", "/console/violations/*/review").hasRole(Roles.REVIEWER)
                .requestMatchers(HttpMethod.GET, "/api/v1/**").hasAnyRole(Roles.VIEWER, Roles.REVIEWER)
                .requestMatchers("/console/login", "/console/logout").permitAll()
                .requestMatchers(HttpMethod.GET, "/console/assets/**", "/webjars/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/console", "/console/**").hasAnyRole(Roles.VIEWER, Roles.REVIEWER)
                .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**").authenticated();
    }

    /** A browser asking for a console page without a token is sent to sign in. */
    @Bean
    BrowserLogin consoleSignIn() {
        return new BrowserLogin("/console", "/console/login");
    }
}
