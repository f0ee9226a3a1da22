package io.gongkai.validation;

import io.gongkai.localstack.LocalStackExtension;
import io.gongkai.platform.ServiceStartupContract;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.List;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ValidationServiceStartupIT extends ServiceStartupContract {

    /** The Streams state of this class's application, deleted once its context is closed. */
    @TempDir
    static Path streamsState;

    @DynamicPropertySource
    static void ownStreamsState(DynamicPropertyRegistry registry) {
        String applicationId = LocalStackExtension.uniqueName("gongkai-validation");
        registry.add("spring.kafka.streams.application-id", () -> applicationId);
        registry.add("spring.kafka.streams.state-dir", () -> streamsState.toString());
    }

    /** Only actuator: validation's findings are read from its topics. */
    @Override
    protected List<Endpoint> endpoints() {
        return List.of();
    }
}
