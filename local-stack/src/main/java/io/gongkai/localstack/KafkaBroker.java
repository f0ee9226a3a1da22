package io.gongkai.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka broker in KRaft combined mode (broker and controller in one process) on
 * 127.0.0.1, run from {@code org.apache.kafka:kafka_2.13} as {@code kafka.Kafka} after
 * {@code kafka.tools.StorageTool format}. Internal topics (offsets, transactions) have replication 1,
 * so transactions and exactly-once work on this one node.
 */
public final class KafkaBroker {

    static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

    private final JavaProcess process;
    private final int port;
    private final Map<String, Object> adminClient;

    private KafkaBroker(JavaProcess process, int port, Map<String, Object> adminClient) {
        this.process = process;
        this.port = port;
        this.adminClient = adminClient;
    }

    /**
     * How clients authenticate: on the plaintext listener not at all; on the secured one by SASL/SCRAM-SHA-512,
     * with the {@code StandardAuthorizer} denying whatever no ACL allows — except to {@code admin}, the broker's own
     * identity and its one super user, whose credential is written when the log is formatted.
     */
    record Security(String admin, String adminPassword) {

        static final String MECHANISM = "SCRAM-SHA-512";

        String jaas(String user, String password) {
            return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                    + "\" password=\"" + password + "\";";
        }

        Map<String, Object> client(String user, String password) {
            return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", MECHANISM, "sasl.jaas.config", jaas(user, password));
        }
    }

    /**
     * Formats {@code dataDir} unless it holds a formatted log already (a restarted stack keeps its data),
     * starts the broker and returns once it answers a metadata request.
     */
    static KafkaBroker start(RuntimeArtifacts runtime, Path dataDir, int port, int controllerPort, boolean detached) {
        return start(runtime, dataDir, port, controllerPort, detached, null);
    }

    /** As {@link #start(RuntimeArtifacts, Path, int, int, boolean)}, with clients authenticated and authorized as {@code security} says. */
    static KafkaBroker start(RuntimeArtifacts runtime, Path dataDir, int port, int controllerPort, boolean detached, Security security) {
        try {
            Files.createDirectories(dataDir);
            Path config = dataDir.resolve("server.properties");
            Files.writeString(config, serverProperties(dataDir.resolve("logs"), port, controllerPort, security));
            Path log4j = dataDir.resolve("log4j2.properties");
            Files.writeString(log4j, LOG4J2);
            Path log = dataDir.resolve("broker.log");
            if (!Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
                List<String> format = new ArrayList<>(List.of("format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()));
                if (security != null) {
                    format.addAll(List.of("--add-scram", Security.MECHANISM + "=[name=" + security.admin() + ",password="
                            + security.adminPassword() + "]"));
                }
                JavaProcess.run("kafka storage format", runtime.brokerClasspath(), "kafka.tools.StorageTool", format, log);
            }
            JavaProcess process = JavaProcess.start("kafka broker", runtime.brokerClasspath(),
                    List.of("-Xms256m", "-Xmx768m", "-XX:+UseG1GC", "-Dlog4j2.configurationFile=" + log4j.toUri()),
                    "kafka.Kafka", List.of(config.toString()), Map.of(), log, detached);
            KafkaBroker broker = new KafkaBroker(process, port,
                    security == null ? Map.of() : security.client(security.admin(), security.adminPassword()));
            broker.awaitReady();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the broker's directory " + dataDir, e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return process.log();
    }

    void stop() {
        process.stop();
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        Map<String, Object> config = new HashMap<>(adminClient);
        config.putAll(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000));
        try (Admin admin = Admin.create(config)) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the Kafka broker exited during start-up:\n" + process.tail());
                }
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    if (Instant.now().isAfter(deadline)) {
                        process.stop();
                        throw new IllegalStateException("the Kafka broker did not answer within " + STARTUP_TIMEOUT.toSeconds()
                                + " s; see " + process.log() + ":\n" + process.tail(), notYet);
                    }
                    sleep(Duration.ofMillis(200));
                }
            }
        }
    }

    /**
     * SASL/SCRAM on the client listener, the broker itself {@code admin}; the controller listener stays plaintext on
     * loopback, where its peer — this node — is {@code ANONYMOUS}, a super user for cluster actions.
     */
    private static String secured(Security security) {
        return String.join("\n",
                "sasl.enabled.mechanisms=" + Security.MECHANISM,
                "sasl.mechanism.inter.broker.protocol=" + Security.MECHANISM,
                "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=" + security.jaas(security.admin(), security.adminPassword()),
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "allow.everyone.if.no.acl.found=false",
                "super.users=User:" + security.admin() + ";User:ANONYMOUS");
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the local stack", e);
        }
    }

    private static String serverProperties(Path logDir, int port, int controllerPort, Security security) {
        String listener = security == null ? "PLAINTEXT" : "SASL_PLAINTEXT";
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=" + listener + "://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=" + listener + "://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=" + listener,
                "listener.security.protocol.map=" + listener + ":" + listener + ",CONTROLLER:PLAINTEXT",
                security == null ? "" : secured(security),
                "log.dirs=" + logDir,
                "num.partitions=1",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=3",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.cleaner.dedupe.buffer.size=16777216",
                "message.max.bytes=16842752",
                "")
                + "\n";
    }

    private static final String LOG4J2 = String.join("\n",
            "rootLogger.level=INFO",
            "rootLogger.appenderRef.stdout.ref=STDOUT",
            "appender.stdout.type=Console",
            "appender.stdout.name=STDOUT",
            "appender.stdout.layout.type=PatternLayout",
            "appender.stdout.layout.pattern=[%d] %p %m (%c)%n",
            "logger.state.name=state.change.logger",
            "logger.state.level=WARN",
            "");
}
