package io.gongkai.schemas;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.gongkai.schemas.TopicCatalog.PARSED_REPORTS;
import static io.gongkai.schemas.TopicCatalog.RAW_DOCUMENTS;
import static io.gongkai.schemas.TopicCatalog.RAW_REPORTS;
import static io.gongkai.schemas.TopicCatalog.REGION_TOTALS;
import static io.gongkai.schemas.TopicCatalog.REJECTED_REPORTS;
import static io.gongkai.schemas.TopicCatalog.SOURCE_INDEX;
import static io.gongkai.schemas.TopicCatalog.VALIDATION_PASSED;
import static io.gongkai.schemas.TopicCatalog.VALIDATION_REVIEWS;
import static io.gongkai.schemas.TopicCatalog.VALIDATION_VIOLATIONS;

/**
 * Who may do what on Kafka: each principal ({@code User:<name>}, authenticated by SASL/SCRAM) with the topics it
 * owns (creates at start-up), reads and writes, its consumer group and transactional ids, and the resources it has
 * in full — and nothing else; the broker ({@code allow.everyone.if.no.acl.found=false}) denies whatever no ACL
 * allows. The ACLs follow from this table ({@link #acls()}); so do the topics each service creates.
 */
public enum KafkaPrincipals {

    /** ingest-service: reads raw documents (Avro or bytes), writes parsed reports, rejections, its source index, raw dead letters. */
    INGEST("ingest-service",
            List.of(RAW_REPORTS, RAW_DOCUMENTS, PARSED_REPORTS, REJECTED_REPORTS, SOURCE_INDEX, RAW_REPORTS.deadLetter(),
                    RAW_DOCUMENTS.deadLetter()),
            List.of(RAW_REPORTS, RAW_DOCUMENTS, SOURCE_INDEX),
            List.of(PARSED_REPORTS, REJECTED_REPORTS, SOURCE_INDEX, RAW_REPORTS.deadLetter(), RAW_DOCUMENTS.deadLetter()),
            "ingest-service", "ingest-", null, List.of()),
    /** validation-service (Kafka Streams): reads parsed reports, writes outcomes and the parsed topic's dead letters. */
    VALIDATION("validation-service",
            List.of(VALIDATION_PASSED, VALIDATION_VIOLATIONS, PARSED_REPORTS.deadLetter()),
            List.of(PARSED_REPORTS),
            List.of(VALIDATION_PASSED, VALIDATION_VIOLATIONS, PARSED_REPORTS.deadLetter()),
            null, null, "gongkai-validation", List.of()),
    /**
     * aggregation-service (Kafka Streams): reads outcomes, writes regional totals and the outcome topics' dead letters;
     * for the monitoring console, also reads parsed reports and writes the reviews its API records.
     */
    AGGREGATION("aggregation-service",
            List.of(REGION_TOTALS, VALIDATION_REVIEWS, VALIDATION_PASSED.deadLetter(), VALIDATION_VIOLATIONS.deadLetter()),
            List.of(VALIDATION_PASSED, VALIDATION_VIOLATIONS, PARSED_REPORTS, VALIDATION_REVIEWS),
            List.of(REGION_TOTALS, VALIDATION_REVIEWS, VALIDATION_PASSED.deadLetter(), VALIDATION_VIOLATIONS.deadLetter()),
            null, null, "gongkai-aggregation", List.of()),
    /**
     * An upstream scraper: writes raw documents (Avro or bytes); reads, in groups named {@code scraper-*}, what became of
     * them — the source index, rejections and the raw topics' dead letters, all keyed by source id (docs/scrapers.md).
     */
    SCRAPER("scraper", List.of(),
            List.of(SOURCE_INDEX, REJECTED_REPORTS, RAW_REPORTS.deadLetter(), RAW_DOCUMENTS.deadLetter()),
            List.of(RAW_REPORTS, RAW_DOCUMENTS), "scraper-", null, null, List.of()),
    /** A regional monitoring office's consumer: reads violations, their reviews and totals, in groups named {@code monitor-*}. */
    MONITOR("monitor", List.of(), List.of(VALIDATION_VIOLATIONS, VALIDATION_REVIEWS, REGION_TOTALS), List.of(), "monitor-", null, null, List.of()),
    /** The schema registry (Apicurio, kafkasql storage): its journal topic and its consumer groups, nothing of gongkai's. */
    SCHEMA_REGISTRY("schema-registry", List.of(), List.of(), List.of(), null, null, null, List.of(
            new ResourcePattern(ResourceType.TOPIC, "kafkasql-journal", PatternType.LITERAL),
            new ResourcePattern(ResourceType.GROUP, "apicurio-registry-", PatternType.PREFIXED))),
    /** Operators and their tools (kafka-ui, {@code gongkai dlt replay}, the kafka-*.sh scripts): everything. */
    OPS("ops", List.of(), List.of(), List.of(), null, null, null, List.of(
            new ResourcePattern(ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL),
            new ResourcePattern(ResourceType.TOPIC, ResourcePattern.WILDCARD_RESOURCE, PatternType.LITERAL),
            new ResourcePattern(ResourceType.GROUP, ResourcePattern.WILDCARD_RESOURCE, PatternType.LITERAL),
            new ResourcePattern(ResourceType.TRANSACTIONAL_ID, ResourcePattern.WILDCARD_RESOURCE, PatternType.LITERAL)));

    private final String user;
    private final List<TopicSpec<?, ?>> owns;
    private final List<TopicSpec<?, ?>> reads;
    private final List<TopicSpec<?, ?>> writes;
    private final String group;
    private final String transactionalIdPrefix;
    private final String streamsApplicationId;
    private final List<ResourcePattern> full;

    KafkaPrincipals(String user, List<TopicSpec<?, ?>> owns, List<TopicSpec<?, ?>> reads, List<TopicSpec<?, ?>> writes, String group,
                    String transactionalIdPrefix, String streamsApplicationId, List<ResourcePattern> full) {
        this.user = user;
        this.owns = owns;
        this.reads = reads;
        this.writes = writes;
        this.group = group;
        this.transactionalIdPrefix = transactionalIdPrefix;
        this.streamsApplicationId = streamsApplicationId;
        this.full = full;
    }

    /** The SASL user name. */
    public String user() {
        return user;
    }

    /**
     * The environment variable that holds this principal's password where gongkai is deployed ({@code docker-compose.yml},
     * {@code deploy/kafka-init.sh}): {@code INGEST_SERVICE_KAFKA_PASSWORD} for {@code ingest-service}.
     */
    public String passwordVariable() {
        return user.toUpperCase(Locale.ROOT).replace('-', '_') + "_KAFKA_PASSWORD";
    }

    /** {@code User:<name>}, as ACLs and {@code super.users} name it. */
    public String principal() {
        return "User:" + user;
    }

    /** The topics this principal creates at start-up (a service's {@code OwnedTopics}). */
    public List<TopicSpec<?, ?>> owns() {
        return owns;
    }

    public List<TopicSpec<?, ?>> reads() {
        return reads;
    }

    public List<TopicSpec<?, ?>> writes() {
        return writes;
    }

    /** The consumer group it reads in (a prefix when it ends in {@code -}); or null. */
    public String group() {
        return group;
    }

    /** The group its main consumer reads in: its Kafka Streams application id, else {@link #group()}; or null. */
    public String consumerGroup() {
        return streamsApplicationId != null ? streamsApplicationId : group;
    }

    /** The prefix of its producers' transactional ids, Kafka Streams' aside; or null. */
    public String transactionalIdPrefix() {
        return transactionalIdPrefix;
    }

    /** The Kafka Streams application id, whose internal topics, group and transactional ids are this principal's; or null. */
    public String streamsApplicationId() {
        return streamsApplicationId;
    }

    /** The ACLs that allow this principal what it must do, on any host. */
    public List<AclBinding> acls() {
        List<AclBinding> acls = new ArrayList<>();
        for (TopicSpec<?, ?> topic : owns) {
            allow(acls, ResourceType.TOPIC, topic.name(), PatternType.LITERAL, AclOperation.CREATE, AclOperation.DESCRIBE_CONFIGS);
        }
        for (TopicSpec<?, ?> topic : reads) {
            allow(acls, ResourceType.TOPIC, topic.name(), PatternType.LITERAL, AclOperation.READ, AclOperation.DESCRIBE);
        }
        for (TopicSpec<?, ?> topic : writes) {
            allow(acls, ResourceType.TOPIC, topic.name(), PatternType.LITERAL, AclOperation.WRITE, AclOperation.DESCRIBE);
        }
        if (group != null) {
            allow(acls, ResourceType.GROUP, group, group.endsWith("-") ? PatternType.PREFIXED : PatternType.LITERAL, AclOperation.READ);
        }
        if (transactionalIdPrefix != null) {
            allow(acls, ResourceType.TRANSACTIONAL_ID, transactionalIdPrefix, PatternType.PREFIXED, AclOperation.WRITE, AclOperation.DESCRIBE);
        }
        if (streamsApplicationId != null) {
            String internal = streamsApplicationId + "-";
            allow(acls, ResourceType.TOPIC, internal, PatternType.PREFIXED, AclOperation.CREATE, AclOperation.READ,
                    AclOperation.WRITE, AclOperation.DELETE, AclOperation.DESCRIBE, AclOperation.DESCRIBE_CONFIGS);
            allow(acls, ResourceType.GROUP, streamsApplicationId, PatternType.LITERAL, AclOperation.READ);
            allow(acls, ResourceType.TRANSACTIONAL_ID, streamsApplicationId, PatternType.PREFIXED, AclOperation.WRITE, AclOperation.DESCRIBE);
        }
        for (ResourcePattern resource : full) {
            allow(acls, resource.resourceType(), resource.name(), resource.patternType(), AclOperation.ALL);
        }
        return acls;
    }

    /** The principal whose SASL user name is {@code user}. */
    public static KafkaPrincipals ofUser(String user) {
        for (KafkaPrincipals principal : values()) {
            if (principal.user.equals(user)) {
                return principal;
            }
        }
        throw new IllegalArgumentException("no Kafka principal is named " + user);
    }

    /** Every principal's ACLs. */
    public static List<AclBinding> allAcls() {
        List<AclBinding> acls = new ArrayList<>();
        for (KafkaPrincipals principal : values()) {
            acls.addAll(principal.acls());
        }
        return acls;
    }

    private void allow(List<AclBinding> acls, ResourceType type, String name, PatternType pattern, AclOperation... operations) {
        for (AclOperation operation : operations) {
            acls.add(new AclBinding(new ResourcePattern(type, name, pattern),
                    new AccessControlEntry(principal(), "*", operation, AclPermissionType.ALLOW)));
        }
    }
}
