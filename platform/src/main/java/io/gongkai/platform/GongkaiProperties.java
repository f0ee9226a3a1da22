package io.gongkai.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings every gongkai service shares, under {@code gongkai.*}.
 *
 * @param schemaRegistryUrl the Confluent-compatible registry API, e.g. {@code http://registry:8080/apis/ccompat/v7}
 * @param topics            how the topics this service owns are created
 * @param tokens            whose access tokens the HTTP API accepts
 */
@ConfigurationProperties("gongkai")
public record GongkaiProperties(String schemaRegistryUrl, Topics topics, Tokens tokens) {

    public GongkaiProperties {
        topics = topics == null ? new Topics(null, null) : topics;
        tokens = tokens == null ? new Tokens(null, null, null) : tokens;
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

    /**
     * The issuer of the bearer tokens (JWT) the HTTP API accepts. In production {@code issuer} alone: its
     * OpenID configuration names its signing keys. The local stack adds {@code publicKey}, the PEM file of its
     * own issuer's key, which then verifies tokens without asking anyone.
     *
     * @param issuer    the {@code iss} every token must carry; an https URL in production
     * @param publicKey a PEM public key file that signs the tokens (local stack and tests only)
     * @param audience  the {@code aud} every token must include (default {@code gongkai})
     */
    public record Tokens(String issuer, String publicKey, String audience) {

        public Tokens {
            audience = audience == null ? "gongkai" : audience;
        }
    }
}
