package io.gongkai.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Apicurio Registry (in-memory storage) on 127.0.0.1, serving the Confluent Schema Registry API
 * at {@code /apis/ccompat/v7}. Its distribution, the {@code all} zip of
 * {@code io.apicurio:apicurio-registry-app}, is unpacked once into {@code ~/.cache/gongkai}.
 */
public final class SchemaRegistry {

    static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);
    private static final String CCOMPAT_PATH = "/apis/ccompat/v7";
    /**
     * Apicurio's switch for comparing schemas by their Avro canonical form: a client's look-up of a schema that
     * differs from the registered one only in layout, field order of the JSON, docs or Java-only properties finds it,
     * and registering such a schema again adds no version. Production sets it too (docker-compose.yml).
     */
    static final String CANONICAL_LOOKUPS = "ENABLE_CCOMPAT_CANONICAL_HASH_MODE";

    private final JavaProcess process;
    private final int port;
    private volatile boolean paused;

    private SchemaRegistry(JavaProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the registry and returns once its Confluent API answers. */
    static SchemaRegistry start(RuntimeArtifacts runtime, Path dataDir, int port, boolean detached) {
        Path home = unpacked(runtime);
        Path runner = home.resolve("apicurio-registry-app-" + runtime.registryVersion() + "-runner.jar");
        JavaProcess process = JavaProcess.start("schema registry", runner.toString(),
                List.of("-Xms128m", "-Xmx512m"), "io.quarkus.runner.GeneratedMain", List.of(),
                Map.of("HTTP_PORT", Integer.toString(port),
                        "QUARKUS_HTTP_HOST", "127.0.0.1",
                        "QUARKUS_LOG_LEVEL", "WARN",
                        CANONICAL_LOOKUPS, "true"),
                dataDir.resolve("registry.log"), detached);
        SchemaRegistry registry = new SchemaRegistry(process, port);
        registry.awaitReady();
        return registry;
    }

    /** The URL that serializers take as {@code schema.registry.url}. */
    public String url() {
        return "http://127.0.0.1:" + port + CCOMPAT_PATH;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return process.log();
    }

    /** Stops the registry; a paused one is resumed first, since a stopped process does not act on SIGTERM. */
    void stop() {
        if (paused) {
            resume();
        }
        process.stop();
    }

    /** Suspends the process (SIGSTOP): connections are still accepted, and nothing is answered — a hung registry. */
    void pause() {
        process.signal("STOP");
        paused = true;
    }

    void resume() {
        process.signal("CONT");
        paused = false;
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/subjects")).timeout(Duration.ofSeconds(3)).build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the schema registry exited during start-up:\n" + process.tail());
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the schema registry", e);
            }
            if (Instant.now().isAfter(deadline)) {
                process.stop();
                throw new IllegalStateException("the schema registry did not answer within " + STARTUP_TIMEOUT.toSeconds()
                        + " s; see " + process.log() + ":\n" + process.tail());
            }
            KafkaBroker.sleep(Duration.ofMillis(200));
        }
    }

    /** The registry's distribution directory, unpacking the zip the first time (atomically, so concurrent runs are safe). */
    private static Path unpacked(RuntimeArtifacts runtime) {
        Path home = Path.of(System.getProperty("user.home"), ".cache", "gongkai", "apicurio-registry-" + runtime.registryVersion());
        if (Files.isDirectory(home)) {
            return home;
        }
        try {
            Files.createDirectories(home.getParent());
            Path staging = Files.createTempDirectory(home.getParent(), "unpacking-");
            try (InputStream in = Files.newInputStream(runtime.registryZip()); ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    Path target = staging.resolve(entry.getName()).normalize();
                    if (!target.startsWith(staging)) {
                        throw new IOException("zip entry outside its directory: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            try {
                Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException anotherRunWon) {
                if (!Files.isDirectory(home)) {
                    throw anotherRunWon;
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the registry from " + runtime.registryZip(), e);
        }
    }
}
