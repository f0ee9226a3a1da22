package io.gongkai.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.localstack.LocalIssuer;
import io.gongkai.localstack.LocalStackExtension;
import io.gongkai.schemas.Roles;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.TopicSpec;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every gongkai service does when it starts against a real broker and registry: reports
 * healthy, creates the topics it owns from the catalog, holds their subjects BACKWARD_TRANSITIVE, and
 * answers each endpoint to its role only. A service's test extends this with
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} and lists its endpoints.
 */
@ExtendWith(LocalStackExtension.class)
public abstract class ServiceStartupContract {

    @TempDir
    static Path strangersKeys;

    @LocalServerPort
    private int port;

    @Autowired
    private OwnedTopics owned;

    /** An endpoint of the service and the roles that may call it ({@code null}: any caller with a valid token). */
    public record Endpoint(String method, String path, Set<String> roles) {

        /** An endpoint for one role. */
        public Endpoint(String method, String path, String role) {
            this(method, path, Set.of(role));
        }

        /** An endpoint for any caller with a valid token. */
        public static Endpoint anyToken(String method, String path) {
            return new Endpoint(method, path, (Set<String>) null);
        }
    }

    /** The service's own endpoints, each with its role; actuator's are checked for every service. */
    protected abstract List<Endpoint> endpoints();

    @DynamicPropertySource
    static void localStack(DynamicPropertyRegistry registry) {
        LocalStackService.properties(registry);
    }

    @Test
    void reportsHealthyAgainstTheRealBroker() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .header("Authorization", LocalStackService.bearer(Roles.OPS)).build(),
                HttpResponse.BodyHandlers.ofString());

        JsonNode health = new ObjectMapper().readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("kafka").path("status").asText()).isEqualTo("UP");
    }

    @Test
    void isLiveAndBecomesReadyOnceItCanProcess() throws Exception {
        assertThat(awaitUp("/actuator/health/liveness").statusCode()).isEqualTo(200);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", LocalStackExtension.stack().bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = TopicCatalog.all().stream().filter(topic -> !existing.contains(topic.name()))
                    .map(topic -> new NewTopic(topic.name(), 3, (short) 1).configs(topic.config())).toList();
            admin.createTopics(missing).all().get();
        }

        assertThat(awaitUp("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    /** The probe's answer once it is UP, or its last answer after 60 s. */
    private HttpResponse<String> awaitUp(String path) throws Exception {
        HttpResponse<String> response = null;
        for (java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
             java.time.Instant.now().isBefore(deadline); Thread.sleep(500)) {
            response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + path)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                break;
            }
        }
        return response;
    }

    @Test
    void eachEndpointAnswersItsRoleAndRefusesEveryOtherCallerWithAProblem() throws Exception {
        List<Endpoint> matrix = new ArrayList<>(endpoints());
        matrix.add(new Endpoint("GET", "/actuator/health", Roles.OPS));
        matrix.add(new Endpoint("GET", "/actuator/info", Roles.OPS));
        matrix.add(new Endpoint("GET", "/actuator/prometheus", Roles.OPS));
        LocalIssuer stranger = LocalIssuer.in(strangersKeys);
        for (Endpoint endpoint : matrix) {
            assertRefused(call(endpoint, null), 401, endpoint + " without a token");
            assertRefused(call(endpoint, "Bearer " + stranger.token("stranger", Duration.ofMinutes(5),
                    Map.of(Roles.CLAIM, Roles.ALL))), 401, endpoint + " with a token the service's issuer did not sign");
            for (String role : Roles.ALL) {
                HttpResponse<String> answer = call(endpoint, LocalStackService.bearer(role));
                if (endpoint.roles() == null || endpoint.roles().contains(role)) {
                    assertThat(answer.statusCode()).as(endpoint + " as " + role + ": " + answer.body()).isNotIn(401, 403);
                } else {
                    assertRefused(answer, 403, endpoint + " as " + role);
                }
            }
        }
    }

    /** Ops' Prometheus scrapes the JVM's, Kafka's clients' and the service's own meters, each series tagged with the service. */
    @Test
    void servesItsMetricsToPrometheus() throws Exception {
        HttpResponse<String> scrape = call(new Endpoint("GET", "/actuator/prometheus", Roles.OPS), LocalStackService.bearer(Roles.OPS));

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(scrape.body()).contains("jvm_memory_used_bytes{", "kafka_", "application=\"");
    }

    @Test
    void probesAnswerAnyoneAndHealthDetailsOnlyOps() throws Exception {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> answer = call(Endpoint.anyToken("GET", probe), null);
            assertThat(answer.statusCode()).as(probe).isIn(200, 503);
            assertThat(new ObjectMapper().readTree(answer.body()).has("components")).as(probe + " details").isFalse();
        }
    }

    private HttpResponse<String> call(Endpoint endpoint, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + endpoint.path()))
                .method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertRefused(HttpResponse<String> answer, int status, String what) {
        assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).as(what).hasValue("application/problem+json");
        assertThat(answer.headers().firstValue("WWW-Authenticate")).as(what).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    @Test
    void createdTheTopicsItOwnsFromTheCatalog() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", LocalStackExtension.stack().bootstrapServers()))) {
            for (TopicSpec<?, ?> topic : owned.topics()) {
                TopicDescription description = admin.describeTopics(List.of(topic.name())).allTopicNames().get().get(topic.name());
                assertThat(description.partitions()).as(topic.name()).hasSize(3);
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic.name());
                Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
                topic.config().forEach((key, value) -> assertThat(config.get(key).value()).as(topic.name() + " " + key).isEqualTo(value));
            }
        }
    }

    @Test
    void holdsItsValueSubjectsBackwardTransitive() {
        SchemaRegistryClient registry = new SchemaRegistryClient(LocalStackExtension.stack().schemaRegistryUrl());
        owned.topics().stream()
                .filter(topic -> SpecificRecord.class.isAssignableFrom(topic.valueType()))
                .forEach(topic -> assertThat(registry.compatibility(topic.valueSubject()))
                        .as(topic.valueSubject()).isEqualTo(SchemaRegistryClient.BACKWARD_TRANSITIVE));
    }
}
