package io.gongkai.platform;

import io.gongkai.schemas.KafkaPrincipals;
import io.gongkai.schemas.TopicSpec;

import java.util.List;

/**
 * The topics a service owns: declared as a bean, created at start-up from the catalog with the
 * configured partitions and replication, their value subjects held BACKWARD_TRANSITIVE.
 */
public record OwnedTopics(List<TopicSpec<?, ?>> topics) {

    public static OwnedTopics of(TopicSpec<?, ?>... topics) {
        return new OwnedTopics(List.of(topics));
    }

    /** The topics {@code principal} owns, as the access table says. */
    public static OwnedTopics of(KafkaPrincipals principal) {
        return new OwnedTopics(principal.owns());
    }
}
