package io.gongkai.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.localstack.LocalStackExtension;
import io.gongkai.platform.LocalStackService;
import io.gongkai.schemas.Roles;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.registry.AvroSerializer;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Against the real broker and registry: outcomes published to both topics with the registry serde come
 * out as totals over HTTP, from the service's own state stores.
 */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class RegionTotalsIT {

    private static final Duration DEADLINE = Duration.ofSeconds(90);

    /** The Streams state of this class's application, deleted once its context is closed. */
    @TempDir
    static Path streamsState;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    private int port;

    @BeforeAll
    static void outcomeTopics() throws Exception {
        OutcomeTopics.create(LocalStackExtension.stack().bootstrapServers());
    }

    @DynamicPropertySource
    static void localStack(DynamicPropertyRegistry registry) throws Exception {
        String applicationId = LocalStackExtension.uniqueName("gongkai-aggregation");
        LocalStackService.properties(registry);
        registry.add("spring.kafka.streams.application-id", () -> applicationId);
        registry.add("spring.kafka.streams.state-dir", () -> streamsState.toString());
    }

    @Test
    void publishedOutcomesAreServedAsTotals() throws Exception {
        ValidationOutcome luoyang = SeedOutcomes.seed(1);
        ValidationOutcome luoyangViolating = SeedOutcomes.recheck(luoyang, OutcomeStatus.VIOLATION, luoyang.getFigures(),
                SeedOutcomes.CHECKED_AT.plusSeconds(60));
        try (KafkaProducer<String, ValidationOutcome> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackExtension.stack().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new AvroSerializer<>(new SchemaRegistryClient(LocalStackExtension.stack().schemaRegistryUrl())))) {
            for (int seed : new int[] {0, 1, 3, 4}) {
                send(producer, TopicCatalog.VALIDATION_PASSED.name(), SeedOutcomes.seed(seed));
            }
            send(producer, TopicCatalog.VALIDATION_VIOLATIONS.name(), luoyangViolating);
            producer.send(new ProducerRecord<>(TopicCatalog.VALIDATION_PASSED.name(), luoyang.getReportId(), null)).get();
        }

        JsonNode zhejiang = poll("/regions/330000/totals?year=2023", totals -> totals.path("reports").asInt() == 3);
        assertThat(zhejiang.path("name").asText()).isEqualTo("浙江省");
        assertThat(zhejiang.path("level").asText()).isEqualTo("province");
        assertThat(zhejiang.path("received").asInt()).isEqualTo(59);
        assertThat(zhejiang.path("carriedForward").asInt()).isEqualTo(2);
        assertThat(zhejiang.path("reviewPending").asInt()).isEqualTo(1);

        JsonNode henan = poll("/regions/410000/totals?year=2023", totals -> totals.path("violating").asInt() == 1);
        assertThat(henan.path("reports").asInt()).isEqualTo(1);
        assertThat(henan.path("passed").asInt()).isZero();

        JsonNode country = poll("/regions/CN/totals?year=2023", totals -> totals.path("reports").asInt() == 4
                && totals.path("violating").asInt() == 1);
        assertThat(country.path("level").asText()).isEqualTo("country");
        assertThat(country.path("received").asInt()).isEqualTo(59);

        JsonNode provinces = poll("/regions/330000/children?year=2023", children -> children.size() == 2);
        assertThat(provinces.findValuesAsText("region")).containsExactly("330100", "330600");
        assertThat(get("/regions/330000/totals?year=2019").statusCode()).isEqualTo(404);
    }

    private static void send(KafkaProducer<String, ValidationOutcome> producer, String topic, ValidationOutcome outcome) throws Exception {
        producer.send(new ProducerRecord<>(topic, outcome.getReportId(), outcome)).get();
    }

    /** GETs {@code path} until it answers 200 with JSON that {@code done} accepts, or the deadline passes. */
    private JsonNode poll(String path, Predicate<JsonNode> done) throws Exception {
        Instant deadline = Instant.now().plus(DEADLINE);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            last = get(path);
            if (last.statusCode() == 200 && done.test(json.readTree(last.body()))) {
                return json.readTree(last.body());
            }
            Thread.sleep(250);
        }
        return fail("%s did not answer as expected within %s; last answer: %s %s", path, DEADLINE,
                last == null ? "none" : last.statusCode(), last == null ? "" : last.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", LocalStackService.bearer(Roles.VIEWER)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
