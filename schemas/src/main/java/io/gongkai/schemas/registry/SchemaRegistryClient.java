package io.gongkai.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.schemas.PublishedSchemas;
import org.apache.avro.Schema;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

/**
 * A client of the Confluent Schema Registry REST API (served by Confluent's registry, Apicurio's
 * {@code ccompat} API, Karapace, Redpanda) for Avro schemas. Registrations and look-ups are cached:
 * after the first record of a schema, serializing and deserializing make no HTTP calls.
 *
 * <p>Schemas go to the registry in their published form ({@link PublishedSchemas#of}): a generated class's schema
 * and the {@code .avsc} a client in another language writes are one schema there.
 *
 * <p>A URL with credentials ({@code http://user:password@host/...}, percent-encoded) logs in with HTTP basic
 * authentication, as Confluent's clients do with {@code basic.auth.credentials.source=URL}; messages name the
 * registry without them.
 */
public final class SchemaRegistryClient implements SchemaRegistry {

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final int CONFLICT = 409;
    private static final Map<String, SchemaRegistryClient> BY_URL = new ConcurrentHashMap<>();

    private final String baseUrl;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    public SchemaRegistryClient(String url) {
        URI uri = URI.create(url);
        String userInfo = uri.getRawUserInfo();
        String withoutCredentials = userInfo == null ? url : url.replaceFirst(Pattern.quote(userInfo + "@"), "");
        this.baseUrl = withoutCredentials.endsWith("/") ? withoutCredentials.substring(0, withoutCredentials.length() - 1) : withoutCredentials;
        this.authorization = userInfo == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                URLDecoder.decode(userInfo.replace("+", "%2B"), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
    }

    /** The shared client of a registry URL, so that every serde of a JVM uses one cache. */
    public static SchemaRegistryClient forUrl(String baseUrl) {
        return BY_URL.computeIfAbsent(baseUrl, SchemaRegistryClient::new);
    }

    /**
     * Registers {@code schema} under {@code subject} (or finds it registered) and returns its global id. Apicurio
     * refuses the second of two registrations made at the same moment (409, "artifact already exists": another thread
     * or instance starting); the schema is then found registered — unless it is not (409 is also the Confluent API's
     * answer to an incompatible schema), and then the refusal stands.
     */
    @Override
    public int register(String subject, Schema schema) {
        return cachedId(subject, schema, () -> {
            try {
                return post("/subjects/" + encode(subject) + "/versions", schema, "register the schema under subject '" + subject + "'");
            } catch (SchemaRegistryException refused) {
                if (refused.status() != CONFLICT) {
                    throw refused;
                }
                try {
                    return post("/subjects/" + encode(subject), schema, "look up the schema under subject '" + subject + "'");
                } catch (SchemaRegistryException notRegistered) {
                    throw refused;
                }
            }
        });
    }

    /** The id of {@code schema} already registered under {@code subject}; fails when it is not. */
    @Override
    public int lookUp(String subject, Schema schema) {
        return cachedId(subject, schema, () -> post("/subjects/" + encode(subject), schema,
                "look up the schema under subject '" + subject + "'"));
    }

    /** The schema with the given global id. */
    @Override
    public Schema schemaById(int id) {
        return schemasById.computeIfAbsent(id, missing -> {
            JsonNode body = send(HttpRequest.newBuilder(uri("/schemas/ids/" + missing)).GET(), "fetch schema id " + missing);
            return new Schema.Parser().parse(body.get("schema").asText());
        });
    }

    /** Sets the compatibility level of {@code subject}, e.g. {@link #BACKWARD_TRANSITIVE}. */
    @Override
    public void setCompatibility(String subject, String level) {
        String body = json.createObjectNode().put("compatibility", level).toString();
        send(HttpRequest.newBuilder(uri("/config/" + encode(subject)))
                .header("Content-Type", CONTENT_TYPE)
                .PUT(HttpRequest.BodyPublishers.ofString(body)), "set compatibility of subject '" + subject + "'");
    }

    /** The compatibility level of {@code subject}. */
    @Override
    public String compatibility(String subject) {
        JsonNode body = send(HttpRequest.newBuilder(uri("/config/" + encode(subject))).GET(),
                "read compatibility of subject '" + subject + "'");
        JsonNode level = body.has("compatibilityLevel") ? body.get("compatibilityLevel") : body.get("compatibility");
        return level == null ? null : level.asText();
    }

    private int cachedId(String subject, Schema schema, IntSupplier remote) {
        Map<Schema, Integer> ids = idsBySubject.computeIfAbsent(subject, ignored -> new ConcurrentHashMap<>());
        return ids.computeIfAbsent(schema, ignored -> {
            int id = remote.getAsInt();
            schemasById.putIfAbsent(id, schema);
            return id;
        });
    }

    private int post(String path, Schema schema, String action) {
        String body = json.createObjectNode().put("schema", PublishedSchemas.of(schema).toString()).toString();
        JsonNode answer = send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(body)), action);
        return answer.get("id").asInt();
    }

    private JsonNode send(HttpRequest.Builder request, String action) {
        HttpResponse<String> response;
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            response = http.send(request.header("Accept", CONTENT_TYPE).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SchemaRegistryException("cannot " + action + ": registry " + baseUrl + " unreachable ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException("interrupted while trying to " + action, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new SchemaRegistryException("cannot " + action + ": registry answered " + response.statusCode() + " "
                    + reason(response.body()), response.statusCode());
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new SchemaRegistryException("cannot " + action + ": unreadable answer " + response.body(), e);
        }
    }

    private String reason(String body) {
        try {
            JsonNode error = json.readTree(body);
            return error.has("message") ? error.get("message").asText() : body;
        } catch (IOException notJson) {
            return body;
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8);
    }
}
