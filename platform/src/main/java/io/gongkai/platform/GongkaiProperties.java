package io.gongkai.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings every gongkai service shares, under {@code gongkai.*}.
 *
 * @param schemaRegistryUrl the Confluent-compatible registry API, e.g. {@code http://registry:8080/apis/ccompat/v7}
 * @param topics            how the topics this service owns are created
 */
@ConfigurationProperties("gongkai")
public record GongkaiProperties(String schemaRegistryUrl, Topics topics) {

    public GongkaiProperties {
        topics = topics == null ? new Topics(null, null) : topics;
    }

    /**
     * Partitions and replication of the topics a service creates: deployment choices, not contracts.
     *
     * @param partitions        partitions of every owned topic (default 3)
     * @param replicationFactor replicas of every owned topic (default 1; 3 in production)
     */
    public record Topics(Integer partitions, Short replicationFactor) {

        public Topics {
            partitions = partitions == null ? 3 : partitions;
            replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        }
    }
}
