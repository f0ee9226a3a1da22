package io.gongkai.validation;

import io.gongkai.platform.OwnedTopics;
import io.gongkai.schemas.KafkaPrincipals;
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

    /** Owns the topics the Kafka access table gives it. */
    @Bean
    OwnedTopics ownedTopics() {
        return OwnedTopics.of(KafkaPrincipals.VALIDATION);
    }
}
