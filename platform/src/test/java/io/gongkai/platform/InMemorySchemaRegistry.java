package io.gongkai.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.gongkai.schemas.registry.SchemaRegistryClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Just enough of the Confluent registry API, in memory on a loopback port, for the registry serde in
 * TopologyTestDriver tests: register a schema (one id per distinct schema) and fetch a schema by id.
 */
public final class InMemorySchemaRegistry implements AutoCloseable {

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> schemas = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final Set<String> subjects = ConcurrentHashMap.newKeySet();
    private final AtomicInteger failing = new AtomicInteger();
    private final HttpServer server;

    public InMemorySchemaRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/subjects/", this::register);
        server.createContext("/schemas/ids/", this::schemaById);
        server.createContext("/config/", this::config);
        server.start();
    }

    /** A client of this registry (not the shared one of {@link SchemaRegistryClient#forUrl}). */
    public SchemaRegistryClient client() {
        return new SchemaRegistryClient("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers the next {@code requests} requests 503, as a registry does that is starting or overloaded. */
    public void failNext(int requests) {
        failing.set(requests);
    }

    /** The subjects registered so far. */
    public Set<String> subjects() {
        return Set.copyOf(subjects);
    }

    private void register(HttpExchange exchange) throws IOException {
        if (failed(exchange)) {
            return;
        }
        subjects.add(exchange.getRequestURI().getPath().split("/")[2]);
        String schema = json.readTree(exchange.getRequestBody()).get("schema").asText();
        int id = ids.computeIfAbsent(schema, added -> {
            schemas.add(added);
            return schemas.size();
        });
        answer(exchange, 200, json.createObjectNode().put("id", id));
    }

    private void config(HttpExchange exchange) throws IOException {
        if (failed(exchange)) {
            return;
        }
        answer(exchange, 200, json.readTree(exchange.getRequestBody()));
    }

    private boolean failed(HttpExchange exchange) throws IOException {
        if (failing.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            answer(exchange, 503, json.createObjectNode().put("error_code", 50301).put("message", "Service Unavailable"));
            return true;
        }
        return false;
    }

    private void schemaById(HttpExchange exchange) throws IOException {
        int id = Integer.parseInt(exchange.getRequestURI().getPath().substring("/schemas/ids/".length()));
        if (id < 1 || id > schemas.size()) {
            answer(exchange, 404, json.createObjectNode().put("error_code", 40403).put("message", "Schema not found"));
        } else {
            answer(exchange, 200, json.createObjectNode().put("schema", schemas.get(id - 1)));
        }
    }

    private void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
