package io.gongkai.ingest;

import io.gongkai.ingest.document.DocumentReader;
import io.gongkai.ingest.parse.ReportParser;
import io.gongkai.ingest.region.RegionResolver;
import io.gongkai.ingest.report.ReportIngestor;
import io.gongkai.platform.OwnedTopics;
import io.gongkai.platform.security.EndpointAccess;
import io.gongkai.schemas.KafkaPrincipals;
import io.gongkai.schemas.Roles;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;

import java.time.Clock;

/**
 * Reads documents — from {@code gongkai.reports.raw.v1}, the HTTP API or the CLI — into canonical
 * {@code ParsedReport} events, or rejects them with a reason; exactly once, over Kafka transactions.
 */
@SpringBootApplication
@EnableConfigurationProperties(IngestProperties.class)
public class IngestService {

    public static void main(String[] args) {
        SpringApplication.run(IngestService.class, args);
    }

    /** Owns the topics the Kafka access table gives it. */
    @Bean
    OwnedTopics ownedTopics() {
        return OwnedTopics.of(KafkaPrincipals.INGEST);
    }

    /** Documents come from scrapers ({@code submitter}); the API's description is for any caller with a token. */
    @Bean
    EndpointAccess reportEndpointsAccess() {
        return endpoints -> endpoints
                .requestMatchers(HttpMethod.POST, "/reports").hasRole(Roles.SUBMITTER)
                .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**").authenticated();
    }

    @Bean
    ReportIngestor reportIngestor(IngestProperties properties) {
        return new ReportIngestor(new DocumentReader(properties.maxDocumentBytes()), new ReportParser(),
                RegionResolver.load(), properties.parserVersion(), Clock.systemUTC());
    }
}
