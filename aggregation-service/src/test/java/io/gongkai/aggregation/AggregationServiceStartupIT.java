package io.gongkai.aggregation;

import io.gongkai.localstack.LocalStackExtension;
import io.gongkai.platform.ServiceStartupContract;
import io.gongkai.schemas.Roles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AggregationServiceStartupIT extends ServiceStartupContract {

    /** The Streams state of this class's application, deleted once its context is closed. */
    @TempDir
    static Path streamsState;

    /** Validation-service, not running here, would have created the topics the topology reads. */
    @BeforeAll
    static void outcomeTopics() throws Exception {
        OutcomeTopics.create(LocalStackExtension.stack().bootstrapServers());
    }

    @DynamicPropertySource
    static void ownStreamsState(DynamicPropertyRegistry registry) throws Exception {
        String applicationId = LocalStackExtension.uniqueName("gongkai-aggregation");
        registry.add("spring.kafka.streams.application-id", () -> applicationId);
        registry.add("spring.kafka.streams.state-dir", () -> streamsState.toString());
    }

    @Override
    protected List<Endpoint> endpoints() {
        Set<String> monitoring = Set.of(Roles.VIEWER, Roles.REVIEWER);
        return List.of(new Endpoint("GET", "/regions/CN/totals?year=2023", Roles.VIEWER),
                new Endpoint("GET", "/regions/CN/children?year=2023", Roles.VIEWER),
                new Endpoint("GET", "/api/v1/violations?region=330000", monitoring),
                new Endpoint("GET", "/api/v1/violations.csv", monitoring),
                new Endpoint("GET", "/api/v1/reports?year=2023", monitoring),
                new Endpoint("GET", "/api/v1/reports/CN:x:2023", monitoring),
                new Endpoint("GET", "/api/v1/reports/CN:x:2023/peers", monitoring),
                new Endpoint("GET", "/api/v1/peers?region=CN&level=PROVINCE&year=2023", monitoring),
                new Endpoint("GET", "/api/v1/regions/CN/summary", monitoring),
                new Endpoint("POST", "/api/v1/violations/CN:x:2023%23RULE%2300000000/review", Roles.REVIEWER),
                new Endpoint("GET", "/console/regions/CN", monitoring),
                new Endpoint("POST", "/console/violations/CN:x:2023%23RULE%2300000000/review", Roles.REVIEWER),
                Endpoint.anyToken("GET", "/v3/api-docs"));
    }
}
