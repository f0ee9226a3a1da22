package io.gongkai.cli;

import io.gongkai.localstack.LocalStack;
import io.gongkai.localstack.LocalStackExtension;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import io.gongkai.schemas.registry.SchemaRegistryException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The registry's door of the production compose ({@code deploy/registry-proxy}), run by a real nginx from those very
 * files in front of a real registry: no account, no entry; readers read; writers register and set compatibility;
 * nobody deletes through it; only ops reaches Apicurio's own API. Needs the Debian package {@code nginx}
 * ({@code .ci/run} installs it); skips, saying so, where it is missing.
 */
@ExtendWith(LocalStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryProxyIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path TEMPLATES = ROOT.resolve("deploy/registry-proxy");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z_]+)}");
    private static final Map<String, String> PASSWORDS = Map.of(
            "reader", "4f1d0c2a", "gongkai-services", "9be07d11", "ops", "c3a8e5f0");

    private final HttpClient http = HttpClient.newHttpClient();
    private Process nginx;
    private String door;

    @BeforeAll
    void startTheDoor(LocalStack stack, @TempDir Path conf) throws Exception {
        Path binary = Stream.of("/usr/sbin/nginx", "/usr/bin/nginx").map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(binary != null, "nginx is not installed (Debian package nginx): the registry's door is not tried here");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Map<String, String> environment = new HashMap<>(Map.of(
                "REGISTRY_PROXY_PORT", "127.0.0.1:" + port,
                "REGISTRY_PROXY_CONF_DIR", conf.toString(),
                "REGISTRY_BACKEND", URI.create(stack.schemaRegistryUrl()).resolve("/").toString().replaceAll("/$", ""),
                "REGISTRY_READER_PASSWORD", PASSWORDS.get("reader"),
                "REGISTRY_SERVICES_PASSWORD", PASSWORDS.get("gongkai-services"),
                "REGISTRY_OPS_PASSWORD", PASSWORDS.get("ops")));
        try (Stream<Path> templates = Files.list(TEMPLATES)) {
            for (Path template : templates.filter(file -> file.toString().endsWith(".template")).toList()) {
                String name = template.getFileName().toString().replaceFirst("\\.template$", "");
                Files.writeString(conf.resolve(name), render(Files.readString(template), environment));
            }
        }
        Files.writeString(conf.resolve("nginx.conf"), String.join("\n",
                "daemon off;", "worker_processes 1;", "pid " + conf.resolve("nginx.pid") + ";", "error_log " + conf.resolve("error.log") + ";",
                "user root;", "events {}", "http {", "  access_log off;",
                "  client_body_temp_path " + conf.resolve("body") + ";", "  proxy_temp_path " + conf.resolve("proxy") + ";",
                "  fastcgi_temp_path " + conf.resolve("fastcgi") + ";", "  uwsgi_temp_path " + conf.resolve("uwsgi") + ";",
                "  scgi_temp_path " + conf.resolve("scgi") + ";", "  include " + conf.resolve("registry.conf") + ";", "}", ""));
        nginx = new ProcessBuilder(binary.toString(), "-p", conf.toString(), "-c", conf.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(conf.resolve("nginx.out").toFile()).start();
        door = "http://127.0.0.1:" + port;
        awaitListening(port, conf);
    }

    @AfterAll
    void stopTheDoor() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        }
    }

    @Test
    void withoutAnAccountNothingPasses() throws Exception {
        assertThat(status("GET", "/apis/ccompat/v7/subjects", null, null)).isEqualTo(401);
        assertThat(status("GET", "/apis/ccompat/v7/subjects", "gongkai-services", "wrong", null)).isEqualTo(401);
    }

    @Test
    void readersReadAndChangeNothing() throws Exception {
        assertThat(status("GET", "/apis/ccompat/v7/subjects", "reader", null)).isEqualTo(200);
        assertThat(status("PUT", "/apis/ccompat/v7/config/proxy-it-reader-value", "reader", "{\"compatibility\":\"NONE\"}")).isEqualTo(401);
        assertThat(status("POST", "/apis/ccompat/v7/subjects/proxy-it-reader-value/versions", "reader", schemaBody())).isEqualTo(401);
    }

    @Test
    void theServicesAccountRegistersThroughTheClientAReaderLooksUpAndNoOneDeletes() throws Exception {
        String subject = LocalStackExtension.uniqueName("proxy-it") + "-value";
        SchemaRegistryClient client = SchemaRegistryClient.forUrl(
                "http://gongkai-services:" + PASSWORDS.get("gongkai-services") + "@" + door.substring("http://".length()) + "/apis/ccompat/v7");
        Schema schema = SchemaBuilder.record("ProxyIt").namespace("io.gongkai.test").fields().requiredString("id").endRecord();
        int id = client.register(subject, schema);
        assertThat(id).isPositive();
        assertThat(SchemaRegistryClient.forUrl("http://reader:" + PASSWORDS.get("reader") + "@" + door.substring("http://".length())
                + "/apis/ccompat/v7").lookUp(subject, schema)).as("a reader looks a schema up, as a scraper's serializer does").isEqualTo(id);
        client.setCompatibility(subject, SchemaRegistryClient.BACKWARD_TRANSITIVE);
        assertThat(client.compatibility(subject)).isEqualTo(SchemaRegistryClient.BACKWARD_TRANSITIVE);
        assertThat(status("DELETE", "/apis/ccompat/v7/subjects/" + subject, "gongkai-services", null)).isEqualTo(403);
        assertThat(status("DELETE", "/apis/ccompat/v7/subjects/" + subject, "ops", null)).isEqualTo(403);
    }

    @Test
    void aWrongPasswordInTheServicesUrlIsAClearError() {
        SchemaRegistryClient client = SchemaRegistryClient.forUrl(
                "http://gongkai-services:wrong@" + door.substring("http://".length()) + "/apis/ccompat/v7");
        assertThatThrownBy(() -> client.compatibility("anything-value"))
                .isInstanceOf(SchemaRegistryException.class).hasMessageContaining("401").hasMessageNotContaining("wrong");
    }

    @Test
    void onlyOpsReachesApicuriosOwnApi() throws Exception {
        assertThat(status("GET", "/apis/registry/v2/system/info", "gongkai-services", null)).isEqualTo(401);
        assertThat(status("GET", "/apis/registry/v2/system/info", "reader", null)).isEqualTo(401);
        assertThat(status("GET", "/apis/registry/v2/system/info", "ops", null)).isEqualTo(200);
    }

    private int status(String method, String path, String user, String body) throws IOException, InterruptedException {
        return status(method, path, user, user == null ? null : PASSWORDS.get(user), body);
    }

    private int status(String method, String path, String user, String password, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(door + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String schemaBody() {
        return "{\"schema\":\"{\\\"type\\\":\\\"string\\\"}\"}";
    }

    /** What the nginx image's envsubst does to a template: each {@code ${NAME}} of the environment replaced, the rest kept. */
    private static String render(String template, Map<String, String> environment) {
        Matcher variable = VARIABLE.matcher(template);
        StringBuilder rendered = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(rendered, Matcher.quoteReplacement(environment.getOrDefault(variable.group(1), variable.group())));
        }
        return variable.appendTail(rendered).toString();
    }

    private void awaitListening(int port, Path conf) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            if (!nginx.isAlive()) {
                throw new IllegalStateException("nginx exited: " + Files.readString(conf.resolve("nginx.out")) + Files.readString(conf.resolve("error.log")));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port + " within 20 s");
    }
}
