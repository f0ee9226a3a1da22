package io.gongkai.cli;

import io.gongkai.localstack.LocalStack;
import io.gongkai.localstack.RuntimeArtifacts;
import io.gongkai.schemas.KafkaPrincipals;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.TopicSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.gongkai.schemas.KafkaPrincipals.AGGREGATION;
import static io.gongkai.schemas.KafkaPrincipals.INGEST;
import static io.gongkai.schemas.KafkaPrincipals.MONITOR;
import static io.gongkai.schemas.KafkaPrincipals.OPS;
import static io.gongkai.schemas.KafkaPrincipals.SCHEMA_REGISTRY;
import static io.gongkai.schemas.KafkaPrincipals.SCRAPER;
import static io.gongkai.schemas.KafkaPrincipals.VALIDATION;
import static io.gongkai.schemas.TopicCatalog.PARSED_REPORTS;
import static io.gongkai.schemas.TopicCatalog.RAW_DOCUMENTS;
import static io.gongkai.schemas.TopicCatalog.RAW_REPORTS;
import static io.gongkai.schemas.TopicCatalog.REGION_TOTALS;
import static io.gongkai.schemas.TopicCatalog.REJECTED_REPORTS;
import static io.gongkai.schemas.TopicCatalog.SOURCE_INDEX;
import static io.gongkai.schemas.TopicCatalog.VALIDATION_PASSED;
import static io.gongkai.schemas.TopicCatalog.VALIDATION_REVIEWS;
import static io.gongkai.schemas.TopicCatalog.VALIDATION_VIOLATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ACL matrix against a real broker with SASL/SCRAM and the {@code StandardAuthorizer}: every principal × every
 * topic × write, read and create, plus consumer groups and transactional ids — each principal can do what it must
 * and is refused the rest. The logins and ACLs are made as production makes them, by {@code deploy/kafka-init.sh}
 * with Kafka's own tools. The policy is written out here, in the words of the security issue, independently of
 * {@link KafkaPrincipals}, which that script comes from: the test fails when the two disagree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaAclMatrixIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Duration WAIT = Duration.ofSeconds(15);

    /** Who may write each topic. Ops may do anything. */
    private static final Map<KafkaPrincipals, Set<TopicSpec<?, ?>>> WRITES = Map.of(
            SCRAPER, Set.of(RAW_REPORTS, RAW_DOCUMENTS),
            INGEST, Set.of(PARSED_REPORTS, REJECTED_REPORTS, SOURCE_INDEX, RAW_REPORTS.deadLetter(), RAW_DOCUMENTS.deadLetter()),
            VALIDATION, Set.of(VALIDATION_PASSED, VALIDATION_VIOLATIONS, PARSED_REPORTS.deadLetter()),
            AGGREGATION, Set.of(REGION_TOTALS, VALIDATION_REVIEWS, VALIDATION_PASSED.deadLetter(), VALIDATION_VIOLATIONS.deadLetter()),
            MONITOR, Set.of(),
            SCHEMA_REGISTRY, Set.of());

    /** Who may read each topic: a scraper, what became of its documents (all keyed by source id). */
    private static final Map<KafkaPrincipals, Set<TopicSpec<?, ?>>> READS = Map.of(
            SCRAPER, Set.of(SOURCE_INDEX, REJECTED_REPORTS, RAW_REPORTS.deadLetter(), RAW_DOCUMENTS.deadLetter()),
            INGEST, Set.of(RAW_REPORTS, RAW_DOCUMENTS, SOURCE_INDEX),
            VALIDATION, Set.of(PARSED_REPORTS),
            AGGREGATION, Set.of(VALIDATION_PASSED, VALIDATION_VIOLATIONS, PARSED_REPORTS, VALIDATION_REVIEWS),
            MONITOR, Set.of(VALIDATION_VIOLATIONS, VALIDATION_REVIEWS, REGION_TOTALS),
            SCHEMA_REGISTRY, Set.of());

    private LocalStack stack;
    private KafkaLogins logins;

    @BeforeAll
    void startSecuredBroker(@TempDir Path work) throws Exception {
        stack = LocalStack.startSecured(work.resolve("stack"));
        logins = KafkaLogins.toCreate(stack);
        runInitScript(work);
        try (Admin admin = Admin.create(stack.adminConfig())) {
            admin.createTopics(topics().map(topic -> new NewTopic(topic.name(), 1, (short) 1).configs(topic.config())).toList()).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(stack.adminConfig(), new StringSerializer(), new StringSerializer())) {
            for (TopicSpec<?, ?> topic : topics().toList()) {
                producer.send(new ProducerRecord<>(topic.name(), "seed", "seed")).get();
            }
        }
    }

    @AfterAll
    void stopBroker() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theScriptLeavesTheBrokerWithExactlyTheTablesAcls() throws Exception {
        try (Admin admin = Admin.create(stack.adminConfig())) {
            assertThat(admin.describeAcls(AclBindingFilter.ANY).values().get())
                    .containsExactlyInAnyOrderElementsOf(Set.copyOf(KafkaPrincipals.allAcls()));
        }
    }

    @Test
    void eachPrincipalWritesTheTopicsItMustAndNoOther() {
        List<String> wrong = new ArrayList<>();
        for (KafkaPrincipals principal : KafkaPrincipals.values()) {
            try (KafkaProducer<String, String> producer = producer(principal, Map.of())) {
                for (TopicSpec<?, ?> topic : topics().toList()) {
                    boolean expected = principal == OPS || WRITES.get(principal).contains(topic);
                    boolean allowed = allowed(() -> producer.send(new ProducerRecord<>(topic.name(), "key", "value")).get());
                    check(wrong, principal, "write", topic.name(), expected, allowed);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void eachPrincipalReadsTheTopicsItMustAndNoOther() {
        List<String> wrong = new ArrayList<>();
        for (KafkaPrincipals principal : KafkaPrincipals.values()) {
            try (KafkaConsumer<String, String> consumer = consumer(principal, null)) {
                for (TopicSpec<?, ?> topic : topics().toList()) {
                    boolean expected = principal == OPS || READS.get(principal).contains(topic);
                    check(wrong, principal, "read", topic.name(), expected, allowed(() -> readOne(consumer, topic)));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void onlyATopicsOwnerOrOpsMayCreateIt() {
        List<String> wrong = new ArrayList<>();
        for (KafkaPrincipals principal : KafkaPrincipals.values()) {
            try (Admin admin = Admin.create(logins.clientConfig(principal))) {
                for (TopicSpec<?, ?> topic : topics().toList()) {
                    boolean expected = principal == OPS || principal.owns().contains(topic);
                    check(wrong, principal, "create", topic.name(), expected, allowed(() -> create(admin, topic.name())));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aStreamsServiceHasItsOwnInternalTopicsOnly() {
        try (Admin validation = Admin.create(logins.clientConfig(VALIDATION)); Admin scraper = Admin.create(logins.clientConfig(SCRAPER))) {
            assertThat(allowed(() -> create(validation, "gongkai-validation-rules-store-changelog"))).isTrue();
            assertThat(allowed(() -> create(validation, "gongkai-aggregation-totals-store-changelog"))).isFalse();
            assertThat(allowed(() -> create(scraper, "gongkai-validation-rules-store-changelog"))).isFalse();
        }
    }

    @Test
    void consumerGroupsAreEachPrincipalsOwn() {
        assertThat(allowed(() -> readInGroup(MONITOR, "monitor-zhejiang", VALIDATION_VIOLATIONS))).isTrue();
        assertThat(allowed(() -> readInGroup(MONITOR, "ingest-service", VALIDATION_VIOLATIONS))).isFalse();
        assertThat(allowed(() -> readInGroup(SCRAPER, "scraper-province-crawler", REJECTED_REPORTS))).isTrue();
        assertThat(allowed(() -> readInGroup(SCRAPER, "monitor-zhejiang", REJECTED_REPORTS))).isFalse();
        assertThat(allowed(() -> readInGroup(INGEST, "ingest-service", RAW_REPORTS))).isTrue();
        assertThat(allowed(() -> readInGroup(INGEST, "gongkai-validation", RAW_REPORTS))).isFalse();
        assertThat(allowed(() -> readInGroup(AGGREGATION, "gongkai-aggregation", VALIDATION_PASSED))).isTrue();
        assertThat(allowed(() -> readInGroup(AGGREGATION, "monitor-aggregation", VALIDATION_PASSED))).isFalse();
    }

    @Test
    void transactionalIdsAreEachWritersOwn() {
        assertThat(allowed(() -> initTransactions(INGEST, "ingest-node-1-0"))).isTrue();
        assertThat(allowed(() -> initTransactions(INGEST, "gongkai-validation-0"))).isFalse();
        assertThat(allowed(() -> initTransactions(VALIDATION, "gongkai-validation-6f1c-1"))).isTrue();
        assertThat(allowed(() -> initTransactions(SCRAPER, "ingest-node-1-0"))).isFalse();
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> config = new HashMap<>(stack.kafkaClientConfig(SCRAPER.user(), "not-the-password"));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(RAW_REPORTS.name(), "key", "value")).get())
                    .hasRootCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    /**
     * Runs {@code deploy/kafka-init.sh} as compose's kafka-init does, but with this stack's admin login, and with
     * {@code kafka-acls.sh} and {@code kafka-configs.sh} as the same tool classes from the broker's own jars.
     */
    private void runInitScript(Path work) throws Exception {
        Path bin = Files.createDirectories(work.resolve("bin"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, String> tools = Map.of("kafka-acls.sh", "org.apache.kafka.tools.AclCommand", "kafka-configs.sh", "kafka.admin.ConfigCommand");
        for (Map.Entry<String, String> tool : tools.entrySet()) {
            Path script = bin.resolve(tool.getKey());
            Files.writeString(script, "#!/bin/sh\nexec \"" + java + "\" -Xmx192m -cp \"" + RuntimeArtifacts.load().brokerClasspath()
                    + "\" " + tool.getValue() + " \"$@\"\n");
            script.toFile().setExecutable(true);
        }
        Path adminConfig = work.resolve("admin.properties");
        Properties admin = new Properties();
        stack.adminConfig().forEach((name, value) -> admin.setProperty(name, value.toString()));
        try (Writer out = Files.newBufferedWriter(adminConfig)) {
            admin.store(out, null);
        }
        ProcessBuilder init = new ProcessBuilder("sh", ROOT.resolve(KafkaInitScript.PATH).toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("kafka-init.log").toFile());
        init.environment().putAll(logins.passwordVariables());
        init.environment().putAll(Map.of("KAFKA_BIN", bin.toString(), "KAFKA_ADMIN_BOOTSTRAP", stack.bootstrapServers(),
                "KAFKA_ADMIN_CONFIG", adminConfig.toString()));
        Process process = init.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("kafka-init.sh finishes").isTrue();
        assertThat(process.exitValue()).as("kafka-init.sh exit status; its output:%n%s", Files.readString(work.resolve("kafka-init.log"))).isZero();
    }

    /** gongkai's topics and their dead-letter topics. */
    private static Stream<TopicSpec<?, ?>> topics() {
        return TopicCatalog.all().stream().flatMap(topic -> Stream.of(topic, topic.deadLetter()));
    }

    private static void check(List<String> wrong, KafkaPrincipals principal, String operation, String resource, boolean expected, boolean allowed) {
        if (expected != allowed) {
            wrong.add(principal.user() + " " + operation + " " + resource + ": " + (allowed ? "allowed" : "refused")
                    + ", should be " + (expected ? "allowed" : "refused"));
        }
    }

    /** True when the action succeeds, false when the broker refuses it for want of an ACL; anything else fails the test. */
    private static boolean allowed(ThrowingAction action) {
        try {
            action.run();
            return true;
        } catch (Exception e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            if (cause instanceof AuthorizationException) {
                return false;
            }
            throw new AssertionError("neither allowed nor refused: " + cause, cause);
        }
    }

    private KafkaProducer<String, String> producer(KafkaPrincipals principal, Map<String, Object> extra) {
        Map<String, Object> config = new HashMap<>(logins.clientConfig(principal));
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) WAIT.toMillis());
        config.putAll(extra);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private KafkaConsumer<String, String> consumer(KafkaPrincipals principal, String group) {
        Map<String, Object> config = new HashMap<>(logins.clientConfig(principal));
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    /** Reads the topic's first record, which the set-up wrote; an authorization failure surfaces from poll. */
    private static void readOne(KafkaConsumer<String, String> consumer, TopicSpec<?, ?> topic) {
        TopicPartition partition = new TopicPartition(topic.name(), 0);
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            if (!consumer.poll(Duration.ofMillis(500)).isEmpty()) {
                return;
            }
        }
        throw new AssertionError("read nothing from " + topic.name() + " in " + WAIT.toSeconds() + " s, and was not refused");
    }

    private void readInGroup(KafkaPrincipals principal, String group, TopicSpec<?, ?> topic) {
        try (KafkaConsumer<String, String> consumer = consumer(principal, group)) {
            consumer.subscribe(List.of(topic.name()));
            Instant deadline = Instant.now().plus(WAIT);
            while (Instant.now().isBefore(deadline)) {
                if (!consumer.poll(Duration.ofMillis(500)).isEmpty()) {
                    consumer.commitSync();
                    return;
                }
            }
            throw new AssertionError(principal.user() + " in group " + group + " read nothing in " + WAIT.toSeconds() + " s, and was not refused");
        }
    }

    private void initTransactions(KafkaPrincipals principal, String transactionalId) {
        try (KafkaProducer<String, String> producer = producer(principal, Map.of(
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId))) {
            producer.initTransactions();
        }
    }

    /** Asks to create the topic without creating it; the broker checks the ACL first, so an existing topic counts as allowed. */
    private static void create(Admin admin, String topic) throws Exception {
        try {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)), new CreateTopicsOptions().validateOnly(true)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    @FunctionalInterface
    private interface ThrowingAction {
        void run() throws Exception;
    }
}
