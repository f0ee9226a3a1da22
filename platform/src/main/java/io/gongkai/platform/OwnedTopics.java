package io.gongkai.platform;

import io.gongkai.schemas.TopicSpec;

import java.util.List;

/**
 * The topics a service owns: declared as a bean, created at start-up from the catalog with the
 * configured partitions and replication, their value subjects held BACKWARD_TRANSITIVE.
 */
public record OwnedTopics(List<TopicSpec> topics) {

    public static OwnedTopics of(TopicSpec... topics) {
        return new OwnedTopics(List.of(topics));
    }
}
