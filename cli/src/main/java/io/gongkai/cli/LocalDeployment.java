package io.gongkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.events.RegionNode;
import io.gongkai.events.Scope;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.localstack.JavaProcess;
import io.gongkai.localstack.LocalIssuer;
import io.gongkai.localstack.LocalStack;
import io.gongkai.schemas.KafkaPrincipals;
import io.gongkai.schemas.RegionCodes;
import io.gongkai.schemas.Roles;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.registry.AvroDeserializer;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The whole of gongkai on one machine: a real broker and registry, the three services as their own
 * JVMs, documents in over HTTP, outcomes read from their topics, totals read over HTTP. Everything it
 * starts exits with this JVM. The harness under {@code ./gongkai demo} ({@link DemoCommand}), the
 * benches and the end-to-end tests; what they load is {@link SampleDocuments}.
 */
final class LocalDeployment implements AutoCloseable {

    static final List<String> SERVICES = List.of("ingest-service", "validation-service", "aggregation-service");
    private static final Duration SERVICE_START_TIMEOUT = Duration.ofMinutes(3);
    /**
     * Each service's heap: 256 MB, the most a service may take in a backfill. Ingest, a batch parser whose source index
     * stays live, collects with the parallel collector: under G1 its index kept the heap above the marking threshold,
     * and concurrent marking took 15 s of its 96 s of CPU in a 100,000-report backfill (3 s of 89 s with it).
     */
    private static final Map<String, List<String>> JVM_OPTIONS = Map.of(
            "ingest-service", List.of("-Xms128m", "-Xmx256m", "-XX:+UseParallelGC"),
            "validation-service", List.of("-Xms128m", "-Xmx256m"),
            "aggregation-service", List.of("-Xms128m", "-Xmx256m"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final Path workDir;
    private final LocalStack stack;
    private final KafkaLogins kafkaLogins;
    private final Credentials credentials;
    private final Scale scale;
    /** Each running instance by its name ({@link #instanceName}), and the service it is an instance of. */
    private final Map<String, String> serviceOfInstance = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, JavaProcess> services = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, String> urls = Collections.synchronizedMap(new LinkedHashMap<>());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /**
     * How many instances of each service run, and how many partitions each topic they create has.
     *
     * @param instances  instances of each service, each with its own port, state directory and instance id
     * @param partitions {@code gongkai.topics.partitions} of every service
     */
    record Scale(int instances, int partitions) {

        /** One instance of each service, on the services' default partitions. */
        static final Scale ONE = new Scale(1, Topics.PARTITIONS);
    }

    private LocalDeployment(Path root, Path workDir, LocalStack stack, KafkaLogins kafkaLogins, Scale scale) {
        this.root = root;
        this.workDir = workDir;
        this.stack = stack;
        this.kafkaLogins = kafkaLogins;
        this.scale = scale;
        this.credentials = Credentials.issue(stack.issuer());
    }

    /** Starts the stack, then the three services on it ({@link #startServices()}); returns once each is ready. */
    static LocalDeployment start(Path root, Path workDir) {
        return start(root, workDir, Scale.ONE);
    }

    /** As {@link #start(Path, Path)}, with {@code scale.instances()} instances of each service. */
    static LocalDeployment start(Path root, Path workDir, Scale scale) {
        LocalDeployment demo = stackOnly(root, workDir, false, scale);
        demo.startServices();
        return demo;
    }

    /**
     * As {@link #start(Path, Path)}, with Kafka as production runs it: every client authenticates by SASL/SCRAM, each
     * service as its own principal, and the broker allows each only what {@link KafkaPrincipals} grants it.
     */
    static LocalDeployment startSecured(Path root, Path workDir) {
        LocalDeployment demo = stackOnly(root, workDir, true, Scale.ONE);
        demo.startServices();
        return demo;
    }

    /** The stack alone, for {@link #startServices()} to start the services on later (a backfill preloads it first). */
    static LocalDeployment stackOnly(Path root, Path workDir, Scale scale) {
        return stackOnly(root, workDir, false, scale);
    }

    private static LocalDeployment stackOnly(Path root, Path workDir, boolean secured, Scale scale) {
        LocalStack stack = secured ? LocalStack.startSecured(workDir.resolve("stack")) : LocalStack.start(workDir.resolve("stack"));
        try {
            return new LocalDeployment(root, workDir, stack, secured ? KafkaLogins.grant(stack) : null, scale);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /**
     * Starts the three services from their jars under {@code root} at once, and returns once each reports ready. A
     * service whose source topics are not there yet (their owner creates them as it starts) waits for them: its stream
     * threads are replaced after a pause until they are ({@code platform}'s {@code StreamThreadFailures}). On failure,
     * stops everything.
     */
    void startServices() {
        try {
            for (String service : SERVICES) {
                for (int n = 1; n <= scale.instances(); n++) {
                    startInstance(service, instanceName(service, n));
                }
            }
            for (String instance : List.copyOf(services.keySet())) {
                awaitHealthy(instance);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    LocalStack stack() {
        return stack;
    }

    /** Tokens for the services, one per role. */
    Credentials credentials() {
        return credentials;
    }

    ServiceUrls urls() {
        return new ServiceUrls(urls.get("ingest-service"), urls.get("validation-service"), urls.get("aggregation-service"));
    }

    /** The first instance of a service is named as the service, the n-th {@code <service>-<n>}. */
    static String instanceName(String service, int n) {
        return n == 1 ? service : service + "-" + n;
    }

    private void startInstance(String service, String instance) {
        int port = freePort();
        serviceOfInstance.put(instance, service);
        services.put(instance, launch(service, instance, port));
        urls.put(instance, "http://127.0.0.1:" + port);
    }

    private JavaProcess launch(String service, String instance, int port) {
        return launch(root, workDir, stack, service, instance, port, scale.partitions(), kafkaEnvironment(service));
    }

    /** The PID of each service instance started so far, by instance name. */
    Map<String, Long> servicePids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        synchronized (services) {
            services.forEach((service, process) -> pids.put(service, process.pid()));
        }
        return pids;
    }

    /** The base URL of each service instance started so far, by instance name. */
    Map<String, String> serviceUrls() {
        synchronized (urls) {
            return new LinkedHashMap<>(urls);
        }
    }

    /** Kills a service instance with SIGKILL, as a crash would: no shutdown hook runs, no consumer leaves its group. */
    void crash(String instance) {
        services.get(instance).kill();
    }

    /** Starts an instance again, on its port and its state directory, as a supervisor restarts a crashed one. */
    void restart(String instance) {
        services.put(instance, launch(serviceOfInstance.get(instance), instance, URI.create(urls.get(instance)).getPort()));
    }

    /** How the service logs in to Kafka: as the principal of its name on a secured stack, as anyone on a plaintext one. */
    private Map<String, String> kafkaEnvironment(String service) {
        return kafkaLogins == null ? Map.of() : kafkaLogins.serviceEnvironment(KafkaPrincipals.ofUser(service));
    }

    /** How a Kafka client connects as {@code principal}: with its login on a secured stack, as anyone on a plaintext one. */
    Map<String, Object> clientConfig(KafkaPrincipals principal) {
        return kafkaLogins == null ? Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers())
                : kafkaLogins.clientConfig(principal);
    }

    /** Starts one service from its executable jar against a plaintext {@code stack}, its log and state under {@code workDir}. */
    static JavaProcess launch(Path root, Path workDir, LocalStack stack, String service, int port) {
        return launch(root, workDir, stack, service, service, port, Topics.PARTITIONS, Map.of());
    }

    private static JavaProcess launch(Path root, Path workDir, LocalStack stack, String service, String instance, int port,
                                      int partitions, Map<String, String> environment) {
        List<String> args = arguments(workDir, stack, instance, port, partitions);
        Path log = workDir.resolve(instance + ".log");
        List<String> options = JVM_OPTIONS.get(service);
        return ServiceJar.prepare(root, service, options, args, environment, log).start(options, args, environment, log);
    }

    /**
     * Extracts each service's jar and makes its class-data archive where there is none ({@link ServiceJar}), without
     * starting it: what the first start would do, for a bench to do before its clock starts.
     */
    void prepareServices() {
        for (String service : SERVICES) {
            ServiceJar.prepare(root, service, JVM_OPTIONS.get(service), arguments(workDir, stack, service, freePort(), scale.partitions()), kafkaEnvironment(service),
                    workDir.resolve(service + "-training.log"));
        }
    }

    /** What an instance starts with: where the stack is, its port, instance id and state directory, the partitions. */
    private static List<String> arguments(Path workDir, LocalStack stack, String instance, int port, int partitions) {
        return List.of(
                "--spring.kafka.bootstrap-servers=" + stack.bootstrapServers(),
                "--gongkai.schema-registry-url=" + stack.schemaRegistryUrl(),
                "--server.port=" + port,
                "--gongkai.instance-id=" + instance,
                "--gongkai.topics.partitions=" + partitions,
                "--gongkai.tokens.issuer=" + LocalIssuer.ISSUER,
                "--gongkai.tokens.public-key=" + stack.issuer().publicKey(),
                "--spring.kafka.streams.state-dir=" + workDir.resolve("state").resolve(instance));
    }

    private void awaitHealthy(String service) {
        awaitHealthy(service, services.get(service), urls.get(service));
    }

    /** Returns once the service at {@code url} is ready; fails with the end of its log if it exits or takes too long. */
    static void awaitHealthy(String service, JavaProcess process, String url) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url + "/actuator/health/readiness")).timeout(Duration.ofSeconds(3)).build();
        Instant deadline = Instant.now().plus(SERVICE_START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited during start-up; its log " + process.log() + " ends:\n" + process.tail());
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && JSON.readTree(response.body()).path("status").asText().equals("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + service, e);
            }
            pause();
        }
        throw new IllegalStateException(service + " did not report healthy within " + SERVICE_START_TIMEOUT.toMinutes()
                + " min; its log " + process.log() + " ends:\n" + process.tail());
    }

    /** Submits every file over HTTP; the answers by file. */
    Map<Path, IngestClient.Answer> submit(List<Path> files) throws IOException, InterruptedException {
        IngestClient ingest = new IngestClient(urls.get("ingest-service"), credentials.bearer(Roles.SUBMITTER));
        Map<Path, IngestClient.Answer> answers = new LinkedHashMap<>();
        for (Path file : files) {
            answers.put(file, ingest.submit(file));
        }
        return answers;
    }

    /** Reads both outcome topics until every report id has an outcome; the latest outcome of each. */
    Map<String, ValidationOutcome> awaitOutcomes(Set<String> reportIds, Duration timeout) {
        Map<String, ValidationOutcome> outcomes = new TreeMap<>();
        AvroDeserializer<ValidationOutcome> values = new AvroDeserializer<>(SchemaRegistryClient.forUrl(stack.schemaRegistryUrl()), true, null);
        Map<String, Object> config = new HashMap<>(clientConfig(KafkaPrincipals.OPS));
        config.putAll(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "gongkai-demo-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
        try (KafkaConsumer<String, ValidationOutcome> consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            consumer.subscribe(List.of(TopicCatalog.VALIDATION_PASSED.name(), TopicCatalog.VALIDATION_VIOLATIONS.name()));
            Instant deadline = Instant.now().plus(timeout);
            while (!outcomes.keySet().containsAll(reportIds) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, ValidationOutcome> record : consumer.poll(Duration.ofMillis(300))) {
                    if (record.value() != null) {
                        outcomes.put(record.key(), record.value());
                    }
                }
            }
        }
        return outcomes;
    }

    /**
     * The regions and years the ORGAN-scope outcomes touch — every node of each path, and CN — with the
     * number of reports each should count.
     */
    static Map<String, Integer> expectedReportCounts(Iterable<ValidationOutcome> outcomes) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ValidationOutcome outcome : outcomes) {
            if (outcome.getScope() != Scope.ORGAN) {
                continue;
            }
            List<String> codes = new ArrayList<>(List.of(RegionCodes.COUNTRY));
            outcome.getRegion().getPath().stream().map(RegionNode::getCode).forEach(codes::add);
            for (String code : codes) {
                counts.merge(code + ":" + outcome.getYear(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** A region's totals as the aggregation service answers them once it counts {@code reports} reports; null if it never does. */
    JsonNode awaitTotals(String code, int year, int reports, Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get("aggregation-service") + "/regions/" + code + "/totals?year=" + year))
                .header("Authorization", credentials.bearer(Roles.VIEWER)).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                last = JSON.readTree(response.body());
                if (last.path("reports").asInt() == reports) {
                    return last;
                }
            }
            pause();
        }
        return last;
    }

    /** Stops the services, then the stack, each by PID. */
    @Override
    public void close() {
        List<JavaProcess> running = new ArrayList<>(services.values());
        Collections.reverse(running);
        running.forEach(JavaProcess::stop);
        stack.close();
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
