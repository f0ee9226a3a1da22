package io.gongkai.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;

/**
 * A real Kafka broker and a real schema registry on loopback, their data and logs in one directory.
 *
 * <p>{@link #start(Path)} ties both to this JVM: they exit when it does (tests, the demo).
 * {@link #startDetached(Path)} lets them outlive it, recording their PIDs in a {@link StackState} file so
 * that {@link #stopDetached(Path)} can stop them later ({@code ./gongkai up} / {@code down}).
 *
 * <p>{@link #startSecured(Path)} runs the broker as production does: clients authenticate by SASL/SCRAM and the
 * {@code StandardAuthorizer} refuses whatever no ACL allows. Its super user {@code admin} (random password) creates
 * users ({@link #addKafkaUser}) and ACLs through {@link #adminConfig()}.
 */
public final class LocalStack implements AutoCloseable {

    private final Path dataDir;
    private final boolean detached;
    private final SchemaRegistry registry;
    private final LocalIssuer issuer;
    private final KafkaBroker.Security security;
    private volatile KafkaBroker broker;

    private LocalStack(Path dataDir, boolean detached, KafkaBroker.Security security, KafkaBroker broker, SchemaRegistry registry) {
        this.dataDir = dataDir;
        this.detached = detached;
        this.security = security;
        this.broker = broker;
        this.registry = registry;
        this.issuer = LocalIssuer.in(dataDir.resolve("issuer"));
    }

    /** Starts a stack whose processes exit when this JVM exits. */
    public static LocalStack start(Path dataDir) {
        return start(dataDir, false, null);
    }

    /** As {@link #start(Path)}, with a broker that authenticates (SASL/SCRAM-SHA-512) and authorizes (ACLs) every client. */
    public static LocalStack startSecured(Path dataDir) {
        byte[] password = new byte[24];
        new SecureRandom().nextBytes(password);
        return start(dataDir, false, new KafkaBroker.Security("admin", HexFormat.of().formatHex(password)));
    }

    /** Starts a stack that keeps running after this JVM exits, and records it in {@code dataDir}. */
    public static StackState startDetached(Path dataDir) {
        StackState.read(dataDir).filter(StackState::isRunning).ifPresent(running -> {
            throw new IllegalStateException("a local stack is already running from " + dataDir + ": " + running.bootstrapServers());
        });
        LocalStack stack = start(dataDir, true, null);
        StackState state = new StackState(stack.bootstrapServers(), stack.schemaRegistryUrl(), stack.broker.pid(), stack.registry.pid());
        state.write(dataDir);
        return state;
    }

    /** Stops a stack started by {@link #startDetached(Path)}; returns what was stopped, if anything. */
    public static Optional<StackState> stopDetached(Path dataDir) {
        Optional<StackState> state = StackState.read(dataDir);
        state.ifPresent(running -> {
            running.stop();
            StackState.delete(dataDir);
        });
        return state;
    }

    private static LocalStack start(Path dataDir, boolean detached, KafkaBroker.Security security) {
        RuntimeArtifacts runtime = RuntimeArtifacts.load();
        Path dir = dataDir.toAbsolutePath();
        Ports ports = Ports.of(dir);
        KafkaBroker broker = KafkaBroker.start(runtime, dir.resolve("kafka"), ports.broker(), ports.controller(), detached, security);
        try {
            SchemaRegistry registry = SchemaRegistry.start(runtime, dir, ports.registry(), detached);
            return new LocalStack(dir, detached, security, broker, registry);
        } catch (RuntimeException e) {
            broker.stop();
            throw e;
        }
    }

    /** Records where this stack listens in its directory, so that ./gongkai kafka finds it. */
    public void recordState() {
        new StackState(bootstrapServers(), schemaRegistryUrl(), broker.pid(), registry.pid()).write(dataDir);
    }

    /** The PIDs of the stack's processes: {@code broker} and {@code registry}. */
    public Map<String, Long> pids() {
        return Map.of("broker", broker.pid(), "registry", registry.pid());
    }

    /** The issuer of the access tokens that services started against this stack accept. */
    public LocalIssuer issuer() {
        return issuer;
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** How a client connects as {@code user}: bootstrap servers and, on a secured broker, its SASL/SCRAM login. */
    public Map<String, Object> kafkaClientConfig(String user, String password) {
        Map<String, Object> config = new HashMap<>(security == null ? Map.of() : security.client(user, password));
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return config;
    }

    /** How a client connects as the broker's super user; on a plaintext broker, as anyone. */
    public Map<String, Object> adminConfig() {
        return security == null ? kafkaClientConfig(null, null) : kafkaClientConfig(security.admin(), security.adminPassword());
    }

    /** Creates (or replaces) a SASL/SCRAM credential on the secured broker. */
    public void addKafkaUser(String user, String password) {
        if (security == null) {
            throw new IllegalStateException("this stack's broker authenticates nobody: start it with startSecured");
        }
        UserScramCredentialUpsertion credential = new UserScramCredentialUpsertion(user,
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password);
        try (Admin admin = Admin.create(adminConfig())) {
            admin.alterUserScramCredentials(List.of(credential)).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot add the Kafka user " + user, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while adding the Kafka user " + user, e);
        }
    }

    /** The registry's Confluent-compatible API, as {@code schema.registry.url}. */
    public String schemaRegistryUrl() {
        return registry.url();
    }

    /**
     * Stops the broker as operators do (SIGTERM, then SIGKILL after a grace period) and starts it again on the same
     * ports and data; returns once it answers. Clients reconnect to the same address.
     */
    public void restartBroker() {
        broker.stop();
        Ports ports = Ports.of(dataDir);
        broker = KafkaBroker.start(RuntimeArtifacts.load(), dataDir.resolve("kafka"), ports.broker(), ports.controller(), detached, security);
    }

    /** Hangs the registry (SIGSTOP): it accepts connections and answers nothing until {@link #resumeRegistry()}. */
    public void pauseRegistry() {
        registry.pause();
    }

    public void resumeRegistry() {
        registry.resume();
    }

    /** Stops the registry, then the broker, each by its PID. */
    @Override
    public void close() {
        registry.stop();
        broker.stop();
    }

    /**
     * The stack's ports: those it used before in {@code dir} ({@code ports.properties}), so that a restarted
     * broker keeps its KRaft controller address; else free ones, recorded there.
     */
    private record Ports(int broker, int controller, int registry) {

        static Ports of(Path dir) {
            Path file = dir.resolve("ports.properties");
            Properties properties = new Properties();
            try {
                if (Files.exists(file)) {
                    try (Reader in = Files.newBufferedReader(file)) {
                        properties.load(in);
                    }
                    return new Ports(Integer.parseInt(properties.getProperty("broker")), Integer.parseInt(properties.getProperty("controller")),
                            Integer.parseInt(properties.getProperty("registry")));
                }
                Ports ports = new Ports(freePort(), freePort(), freePort());
                properties.setProperty("broker", Integer.toString(ports.broker()));
                properties.setProperty("controller", Integer.toString(ports.controller()));
                properties.setProperty("registry", Integer.toString(ports.registry()));
                Files.createDirectories(dir);
                try (Writer out = Files.newBufferedWriter(file)) {
                    properties.store(out, "ports of the local stack in this directory");
                }
                return ports;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read or write " + file, e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }
}
