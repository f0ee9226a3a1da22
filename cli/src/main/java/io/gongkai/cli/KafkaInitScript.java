package io.gongkai.cli;

import io.gongkai.schemas.KafkaPrincipals;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code deploy/kafka-init.sh}: the shell script that gives a production cluster every {@link KafkaPrincipals
 * principal}'s SASL/SCRAM login and ACLs, with Kafka's own {@code kafka-configs.sh} and {@code kafka-acls.sh}, as the
 * brokers' admin. It is generated from the table, so that the table stays the one place that says who may do what.
 */
final class KafkaInitScript {

    /** Where the script lies in the repository, and where compose mounts it from. */
    static final String PATH = "deploy/kafka-init.sh";

    private static final String HEADER = """
            #!/bin/sh
            # Gives every gongkai principal its SASL/SCRAM login and its ACLs on the compose cluster, as the brokers'
            # admin. Generated from io.gongkai.schemas.KafkaPrincipals by ./gongkai kafka init-script > %s;
            # KafkaInitScriptTest fails when the two differ. Adding is idempotent: compose runs it at every start.
            # Passwords come from the environment (see SECURITY.md); they must not contain ',', '=' or '"'.
            # KAFKA_BIN, KAFKA_ADMIN_BOOTSTRAP and KAFKA_ADMIN_CONFIG (a client config file) point it at another cluster.
            set -eu
            bin=${KAFKA_BIN:-/opt/kafka/bin}
            bootstrap=${KAFKA_ADMIN_BOOTSTRAP:-kafka-1:9094,kafka-2:9094,kafka-3:9094}
            admin=${KAFKA_ADMIN_CONFIG:-}
            if [ -z "$admin" ]; then
              admin=$(mktemp)
              trap 'rm -f "$admin"' EXIT
              cat > "$admin" <<EOF
            security.protocol=SASL_PLAINTEXT
            sasl.mechanism=PLAIN
            sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
            EOF
            fi

            login() {
              "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --alter \\
                --entity-type users --entity-name "$1" --add-config "SCRAM-SHA-512=[iterations=8192,password=$2]"
            }

            allow() {
              "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --add --allow-principal "$@" > /dev/null
            }
            """.formatted(PATH);

    private KafkaInitScript() {
    }

    static String render() {
        StringBuilder script = new StringBuilder(HEADER);
        for (KafkaPrincipals principal : KafkaPrincipals.values()) {
            script.append('\n').append("# ").append(principal.user()).append('\n');
            script.append("login ").append(principal.user()).append(" \"$").append(principal.passwordVariable()).append("\"\n");
            operationsByResource(principal.acls()).forEach((resource, operations) -> script.append("allow ").append(principal.principal())
                    .append(' ').append(resourceOptions(resource))
                    .append(operations.stream().map(operation -> " --operation " + operationName(operation)).collect(Collectors.joining()))
                    .append('\n'));
        }
        return script.toString();
    }

    private static Map<ResourcePattern, Set<AclOperation>> operationsByResource(List<AclBinding> acls) {
        Map<ResourcePattern, Set<AclOperation>> byResource = new LinkedHashMap<>();
        for (AclBinding acl : acls) {
            byResource.computeIfAbsent(acl.pattern(), ignored -> new LinkedHashSet<>()).add(acl.entry().operation());
        }
        return byResource;
    }

    private static String resourceOptions(ResourcePattern resource) {
        String name = resource.name().equals(ResourcePattern.WILDCARD_RESOURCE) ? "'*'" : resource.name();
        String options = switch (resource.resourceType()) {
            case TOPIC -> "--topic " + name;
            case GROUP -> "--group " + name;
            case TRANSACTIONAL_ID -> "--transactional-id " + name;
            case CLUSTER -> "--cluster";
            default -> throw new IllegalArgumentException("no kafka-acls.sh option for " + resource);
        };
        return resource.patternType() == PatternType.PREFIXED ? options + " --resource-pattern-type prefixed" : options;
    }

    /** {@code DESCRIBE_CONFIGS} as kafka-acls.sh spells it: {@code DescribeConfigs}. */
    private static String operationName(AclOperation operation) {
        StringBuilder name = new StringBuilder();
        for (String word : operation.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }
}
