package io.gongkai.aggregation;

import io.gongkai.localstack.LocalStackExtension;
import io.gongkai.platform.ServiceStartupContract;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AggregationServiceStartupIT extends ServiceStartupContract {

    /** Validation-service, not running here, would have created the topics the topology reads. */
    @BeforeAll
    static void outcomeTopics() throws Exception {
        OutcomeTopics.create(LocalStackExtension.stack().bootstrapServers());
    }

    @DynamicPropertySource
    static void ownStreamsState(DynamicPropertyRegistry registry) throws Exception {
        String applicationId = LocalStackExtension.uniqueName("gongkai-aggregation");
        registry.add("spring.kafka.streams.application-id", () -> applicationId);
        registry.add("spring.kafka.streams.state-dir", Files.createTempDirectory(applicationId)::toString);
    }
}
