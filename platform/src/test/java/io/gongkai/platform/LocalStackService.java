package io.gongkai.platform;

import io.gongkai.localstack.LocalIssuer;
import io.gongkai.localstack.LocalStackExtension;
import io.gongkai.schemas.Roles;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A service under test against the test JVM's local stack: its broker, its registry, its token issuer. */
public final class LocalStackService {

    private LocalStackService() {
    }

    /** Points the service at the stack, and makes it an instance of its own. */
    public static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> LocalStackExtension.stack().bootstrapServers());
        registry.add("gongkai.schema-registry-url", () -> LocalStackExtension.stack().schemaRegistryUrl());
        registry.add("gongkai.tokens.issuer", () -> LocalIssuer.ISSUER);
        registry.add("gongkai.tokens.public-key", () -> LocalStackExtension.stack().issuer().publicKey().toString());
        // Two application contexts of one service in one test run are two instances: neither may fence the other.
        registry.add("gongkai.instance-id", () -> "test-" + UUID.randomUUID());
    }

    /** An {@code Authorization} header value for a caller holding {@code roles}. */
    public static String bearer(String... roles) {
        return "Bearer " + LocalStackExtension.stack().issuer().token("test-caller", Duration.ofMinutes(30),
                Map.of(Roles.CLAIM, List.of(roles)));
    }
}
