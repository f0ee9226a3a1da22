package io.gongkai.aggregation;

import io.gongkai.schemas.TopicCatalog;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** The outcome topics as validation-service creates them, for tests that run aggregation-service without it. */
public final class OutcomeTopics {

    private OutcomeTopics() {
    }

    /** Creates the passed and violations topics (3 partitions, compacted) unless they exist. */
    public static void create(String bootstrapServers) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            for (var topic : List.of(TopicCatalog.VALIDATION_PASSED, TopicCatalog.VALIDATION_VIOLATIONS)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic.name(), 3, (short) 1).configs(topic.config()))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }
}
