package io.gongkai.schemas.registry;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaRegistryClientCredentialsTest {

    private final List<String> authorizations = new ArrayList<>();
    private final List<String> paths = new ArrayList<>();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            paths.add(exchange.getRequestURI().getPath());
            byte[] body = "{\"compatibilityLevel\":\"BACKWARD_TRANSITIVE\"}".getBytes(StandardCharsets.UTF_8);
            int status = exchange.getRequestHeaders().containsKey("Authorization") ? 200 : 401;
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void credentialsInTheUrlBecomeBasicAuthenticationAndLeaveThePath() {
        String url = "http://gongkai-services:p%40ss@127.0.0.1:" + server.getAddress().getPort() + "/apis/ccompat/v7";
        assertThat(new SchemaRegistryClient(url).compatibility("a-value")).isEqualTo("BACKWARD_TRANSITIVE");
        assertThat(authorizations).containsExactly("Basic " + Base64.getEncoder().encodeToString("gongkai-services:p@ss".getBytes(StandardCharsets.UTF_8)));
        assertThat(paths).containsExactly("/apis/ccompat/v7/config/a-value");
    }

    @Test
    void withoutCredentialsNoneAreSentAndTheRefusalNamesTheRegistryOnly() {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/apis/ccompat/v7/";
        assertThatThrownBy(() -> new SchemaRegistryClient(url).compatibility("a-value"))
                .isInstanceOf(SchemaRegistryException.class).hasMessageContaining("401");
        assertThat(authorizations).containsOnlyNulls();
    }
}
