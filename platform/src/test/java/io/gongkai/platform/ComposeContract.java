package io.gongkai.platform;

import io.gongkai.schemas.KafkaPrincipals;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.TopicSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production {@code docker-compose.yml} agrees with a service's own configuration: its port,
 * the registry it is pointed at, the brokers, the settings exactly-once needs on three brokers, and the Kafka
 * principal it logs in as, whose ACLs ({@link KafkaPrincipals}) name its group, transactional ids and Streams topics.
 * No Docker engine is needed: the YAML is read and compared. A service's test extends this.
 */
public abstract class ComposeContract {

    private static final Pattern REGISTRY_URL = Pattern.compile(
            "http://(?<user>[^:@]+):(?<password>\\$\\{[^}]+})@(?<host>[^:/]+):(?<port>\\d+)(?<path>/.*)");

    private Map<String, Object> services;
    private Map<String, Object> application;
    private String serviceName;

    @BeforeEach
    void load() throws IOException {
        Path moduleDir = Path.of("").toAbsolutePath();
        services = map(read(moduleDir.getParent().resolve("docker-compose.yml")).get("services"));
        application = read(moduleDir.resolve("src/main/resources/application.yml"));
        serviceName = (String) map(map(application.get("spring")).get("application")).get("name");
    }

    @Test
    void serviceListensOnItsOwnPortAndIsPublishedThereIfAtAll() {
        Map<String, String> env = environment(serviceName);
        String port = String.valueOf(map(application.get("server")).get("port"));
        assertThat(env.get("SERVER_PORT")).isEqualTo(port);
        assertThat(env.get("SERVER_ADDRESS")).as("inside its container").isEqualTo("0.0.0.0");
        assertThat(map(application.get("server")).get("address")).as("outside a container").isEqualTo("127.0.0.1");
        Object published = service(serviceName).get("ports");
        if (published != null) {
            assertThat(list(published)).containsExactly(port + ":" + port);
        }
    }

    @Test
    void tokensComeFromTheIssuerTheOperatorNames() {
        assertThat(environment(serviceName).get("GONGKAI_TOKENS_ISSUER")).startsWith("${GONGKAI_TOKENS_ISSUER:?");
    }

    @Test
    void serviceLogsInToKafkaAsThePrincipalOfItsName() {
        Map<String, String> env = environment(serviceName);
        KafkaPrincipals principal = KafkaPrincipals.ofUser(serviceName);
        assertThat(env.get("SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL")).isEqualTo("SASL_PLAINTEXT");
        assertThat(env.get("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM")).isEqualTo("SCRAM-SHA-512");
        assertThat(env.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG"))
                .contains("username=\"" + serviceName + "\"")
                .contains("password=\"${" + principal.passwordVariable() + ":?");
        assertThat(environment("kafka-init")).containsKey(principal.passwordVariable());
    }

    @Test
    void theServicesGroupTransactionsAndStreamsIdAreThoseItsAclsName() {
        KafkaPrincipals principal = KafkaPrincipals.ofUser(serviceName);
        Map<String, Object> kafka = map(map(application.get("spring")).get("kafka"));
        if (principal.streamsApplicationId() != null) {
            assertThat(map(kafka.get("streams")).get("application-id")).isEqualTo(principal.streamsApplicationId());
        }
        if (principal.group() != null) {
            assertThat(map(kafka.get("consumer")).get("group-id")).isEqualTo(principal.group());
        }
        if (principal.transactionalIdPrefix() != null) {
            assertThat((String) map(kafka.get("producer")).get("transaction-id-prefix")).startsWith(principal.transactionalIdPrefix());
        }
    }

    @Test
    void brokersAuthenticateEveryListenerAndAuthorizeByAcl() {
        for (String broker : brokers()) {
            Map<String, String> kafka = environment(broker);
            assertThat(Arrays.stream(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").split(",")))
                    .allSatisfy(listener -> assertThat(listener).endsWith(":SASL_PLAINTEXT"));
            assertThat(kafka.get("KAFKA_AUTHORIZER_CLASS_NAME")).isEqualTo("org.apache.kafka.metadata.authorizer.StandardAuthorizer");
            assertThat(kafka.get("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND")).isEqualTo("false");
            assertThat(kafka.get("KAFKA_SUPER_USERS")).isEqualTo("User:admin");
        }
    }

    @Test
    void kafkaInitGivesEveryPrincipalALoginFromTheEnvironment() {
        Map<String, String> env = environment("kafka-init");
        for (KafkaPrincipals principal : KafkaPrincipals.values()) {
            assertThat(env.get(principal.passwordVariable())).as(principal.user()).startsWith("${" + principal.passwordVariable() + ":?");
        }
        assertThat(list(service("kafka-init").get("volumes"))).containsExactly("./deploy/kafka-init.sh:/gongkai/kafka-init.sh:ro");
    }

    @Test
    void noSecretIsWrittenInTheFile() throws IOException {
        String compose = Files.readString(Path.of("").toAbsolutePath().getParent().resolve("docker-compose.yml"));
        assertThat(compose).doesNotContainPattern("(?i)password=\"(?!\\$\\{)")
                .doesNotContainPattern("(?i)user_[a-z]+=\"(?!\\$\\{)")
                .doesNotContainPattern("(?m)^\\s+[A-Z_]*PASSWORD: (?!\\$\\{)");
    }

    @Test
    void httpToolsAreReachableFromTheHostOnly() {
        for (String tool : List.of("schema-registry", "kafka-ui", "prometheus", "grafana")) {
            assertThat(list(service(tool).get("ports"))).allSatisfy(port -> assertThat(port).startsWith("127.0.0.1:"));
        }
    }

    @Test
    void registryUrlIsTheConfluentApiBehindTheRegistrysDoorWithTheServicesAccount() {
        Matcher url = REGISTRY_URL.matcher(environment(serviceName).get("GONGKAI_SCHEMA_REGISTRY_URL"));
        assertThat(url.matches()).as("http://<account>:${<password variable>:?...}@<host>:<port>/apis/ccompat/v7").isTrue();
        assertThat(url.group("user")).isEqualTo("gongkai-services");
        assertThat(url.group("password")).startsWith("${REGISTRY_SERVICES_PASSWORD:?");
        Map<String, String> door = environment(url.group("host"));
        assertThat((String) service(url.group("host")).get("image")).startsWith("nginx:");
        assertThat(door.get("REGISTRY_PROXY_PORT")).isEqualTo(url.group("port"));
        assertThat(url.group("path")).isEqualTo("/apis/ccompat/v7");
        String backend = URI.create(door.get("REGISTRY_BACKEND")).getHost();
        assertThat((String) service(backend).get("image")).contains("apicurio-registry");
        assertThat(environment("kafka-ui").get("KAFKA_CLUSTERS_0_SCHEMAREGISTRY"))
                .isEqualTo("http://" + url.group("host") + ":" + url.group("port") + url.group("path"));
        assertThat(map(application.get("gongkai"))).containsKey("schema-registry-url");
    }

    @Test
    void onlyTheDoorAndTheBrokersReachTheRegistryItself() {
        String backend = URI.create(environment("schema-registry").get("REGISTRY_BACKEND")).getHost();
        assertThat(list(service(backend).get("networks"))).containsExactly("registry");
        assertThat(services.keySet().stream().filter(name -> list(service(name).getOrDefault("networks", List.of("default"))).contains("registry")))
                .containsExactlyInAnyOrderElementsOf(Stream.concat(brokers().stream(), Stream.of("schema-registry", backend)).toList());
    }

    @Test
    void bootstrapServersAreEveryBroker() {
        List<String> brokers = brokers();
        assertThat(brokers).hasSize(3);
        assertThat(Arrays.asList(environment(serviceName).get("SPRING_KAFKA_BOOTSTRAP_SERVERS").split(",")))
                .containsExactlyInAnyOrderElementsOf(brokers.stream().map(broker -> broker + ":9092").toList());
    }

    @Test
    void topicsAndTransactionsSurviveOneBrokerDown() {
        Map<String, String> env = environment(serviceName);
        int replication = Integer.parseInt(env.get("GONGKAI_TOPICS_REPLICATION_FACTOR"));
        assertThat(replication).isEqualTo(brokers().size());
        assertThat(env.get("SPRING_KAFKA_STREAMS_PROPERTIES_PROCESSING_GUARANTEE")).isEqualTo("exactly_once_v2");
        assertThat(map(map(application.get("gongkai")).get("topics"))).containsKeys("partitions", "replication-factor");
        for (String broker : brokers()) {
            Map<String, String> kafka = environment(broker);
            assertThat(kafka.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")).isEqualTo("false");
            assertThat(Integer.parseInt(kafka.get("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR"))).isEqualTo(replication);
            assertThat(Integer.parseInt(kafka.get("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR"))).isEqualTo(replication - 1);
            assertThat(Integer.parseInt(kafka.get("KAFKA_MIN_INSYNC_REPLICAS"))).isEqualTo(replication - 1);
        }
    }

    @Test
    void brokersAcceptTheLargestMessageOfTheCatalog() {
        int largest = TopicCatalog.all().stream()
                .map(TopicSpec::config)
                .mapToInt(config -> Integer.parseInt(config.get("max.message.bytes")))
                .max().orElseThrow();
        for (String broker : brokers()) {
            assertThat(Integer.parseInt(environment(broker).get("KAFKA_MESSAGE_MAX_BYTES"))).isGreaterThanOrEqualTo(largest);
        }
        assertThat(Integer.parseInt(environment(serviceName).get("SPRING_KAFKA_PRODUCER_PROPERTIES_MAX_REQUEST_SIZE")))
                .isGreaterThanOrEqualTo(largest);
    }

    private List<String> brokers() {
        return services.keySet().stream()
                .filter(name -> String.valueOf(service(name).get("image")).startsWith("apache/kafka") && environment(name).containsKey("KAFKA_NODE_ID"))
                .sorted()
                .toList();
    }

    private Map<String, Object> service(String name) {
        assertThat(services).as("services of docker-compose.yml").containsKey(name);
        return map(services.get(name));
    }

    private Map<String, String> environment(String name) {
        return map(service(name).get("environment")).entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey().toUpperCase(Locale.ROOT), entry -> String.valueOf(entry.getValue())));
    }

    private static Map<String, Object> read(Path yaml) throws IOException {
        try (Reader in = Files.newBufferedReader(yaml)) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<String>) value;
    }
}
