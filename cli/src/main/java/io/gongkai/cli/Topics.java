package io.gongkai.cli;

import io.gongkai.schemas.TopicSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** Topics a benchmark fills before the service that owns them starts, created as that service would create them. */
final class Topics {

    /** The services' default partition count on the local stack ({@code gongkai.topics.partitions}). */
    static final int PARTITIONS = 3;

    private Topics() {
    }

    /** Creates {@code name} with {@code like}'s configuration, {@code partitions} partitions and one replica. */
    static void create(String bootstrapServers, String name, TopicSpec<?, ?> like, int partitions) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(like.config()))).all().get();
        }
    }
}
