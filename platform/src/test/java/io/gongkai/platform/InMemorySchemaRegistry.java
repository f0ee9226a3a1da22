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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Just enough of the Confluent registry API, in memory on a loopback port, for the registry serde in
 * TopologyTestDriver tests: register a schema (one id per distinct schema) and fetch a schema by id.
 */
public final class InMemorySchemaRegistry implements AutoCloseable {

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> schemas = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final HttpServer server;

    public InMemorySchemaRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/subjects/", this::register);
        server.createContext("/schemas/ids/", this::schemaById);
        server.start();
    }

    /** A client of this registry (not the shared one of {@link SchemaRegistryClient#forUrl}). */
    public SchemaRegistryClient client() {
        return new SchemaRegistryClient("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void register(HttpExchange exchange) throws IOException {
        String schema = json.readTree(exchange.getRequestBody()).get("schema").asText();
        int id = ids.computeIfAbsent(schema, added -> {
            schemas.add(added);
            return schemas.size();
        });
        answer(exchange, 200, json.createObjectNode().put("id", id));
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
