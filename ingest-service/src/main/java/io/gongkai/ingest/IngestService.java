package io.gongkai.ingest;

import io.gongkai.platform.OwnedTopics;
import io.gongkai.schemas.TopicCatalog;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Reads documents (Kafka topic, HTTP, CLI) into canonical ParsedReport events, or rejects them with a reason. */
@SpringBootApplication
public class IngestService {

    public static void main(String[] args) {
        SpringApplication.run(IngestService.class, args);
    }

    /** Owns the raw, parsed and rejected report topics and the raw topic's dead letters. */
    @Bean
    OwnedTopics ownedTopics() {
        return OwnedTopics.of(
                TopicCatalog.RAW_REPORTS,
                TopicCatalog.PARSED_REPORTS,
                TopicCatalog.REJECTED_REPORTS,
                TopicCatalog.RAW_REPORTS.deadLetter());
    }
}
