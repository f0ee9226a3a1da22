package io.gongkai.validation;

import io.gongkai.platform.OwnedTopics;
import io.gongkai.schemas.TopicCatalog;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Checks every parsed report against the rule catalog, across years of the same organ, and publishes pass / violation outcomes. */
@SpringBootApplication
@EnableConfigurationProperties(RulesProperties.class)
public class ValidationService {

    public static void main(String[] args) {
        SpringApplication.run(ValidationService.class, args);
    }

    /** Owns the outcome topics and the dead letters of the parsed-report topic it consumes. */
    @Bean
    OwnedTopics ownedTopics() {
        return OwnedTopics.of(
                TopicCatalog.VALIDATION_PASSED,
                TopicCatalog.VALIDATION_VIOLATIONS,
                TopicCatalog.PARSED_REPORTS.deadLetter());
    }
}
