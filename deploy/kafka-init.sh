#!/bin/sh
# Gives every gongkai principal its SASL/SCRAM login and its ACLs on the compose cluster, as the brokers'
# admin. Generated from io.gongkai.schemas.KafkaPrincipals by ./gongkai kafka init-script > deploy/kafka-init.sh;
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
  "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --alter \
    --entity-type users --entity-name "$1" --add-config "SCRAM-SHA-512=[iterations=8192,password=$2]"
}

allow() {
  "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" --command-config "$admin" --add --allow-principal "$@" > /dev/null
}

# ingest-service
login ingest-service "$INGEST_SERVICE_KAFKA_PASSWORD"
allow User:ingest-service --topic gongkai.reports.raw.v1 --operation Create --operation DescribeConfigs --operation Read --operation Describe
allow User:ingest-service --topic gongkai.reports.raw-bytes.v1 --operation Create --operation DescribeConfigs --operation Read --operation Describe
allow User:ingest-service --topic gongkai.reports.parsed.v1 --operation Create --operation DescribeConfigs --operation Write --operation Describe
allow User:ingest-service --topic gongkai.reports.rejected.v1 --operation Create --operation DescribeConfigs --operation Write --operation Describe
allow User:ingest-service --topic gongkai.ingest.source-index.v1 --operation Create --operation DescribeConfigs --operation Read --operation Describe --operation Write
allow User:ingest-service --topic gongkai.reports.raw.v1-dlt --operation Create --operation DescribeConfigs --operation Write --operation Describe
allow User:ingest-service --topic gongkai.reports.raw-bytes.v1-dlt --operation Create --operation DescribeConfigs --operation Write --operation Describe
allow User:ingest-service --group ingest-service --operation Read
allow User:ingest-service --transactional-id ingest- --resource-pattern-type prefixed --operation Write --operation Describe

# validation-service
login validation-service "$VALIDATION_SERVICE_KAFKA_PASSWORD"
allow User:validation-service --topic gongkai.validation.passed.v1 --operation Create --operation DescribeConfigs --operation Write --operation Describe
allow User:validation-service --topic gongkai.validation.violations.v1 --operation Create --operation DescribeConfigs --operation Write --operation Describe
allow User:validation-service --topic gongkai.reports.parsed.v1-dlt --operation Create --operation DescribeConfigs --operation Write --operation Describe
allow User:validation-service --topic gongkai.reports.parsed.v1 --operation Read --operation Describe
allow User:validation-service --topic gongkai-validation- --resource-pattern-type prefixed --operation Create --operation Read --operation Write --operation Delete --operation Describe --operation DescribeConfigs
allow User:validation-service --group gongkai-validation --operation Read
allow User:validation-service --transactional-id gongkai-validation --resource-pattern-type prefixed --operation Write --operation Describe

# aggregation-service
login aggregation-service "$AGGREGATION_SERVICE_KAFKA_PASSWORD"
allow User:aggregation-service --topic gongkai.region-totals.v1 --operation Create --operation DescribeConfigs --operation Write --operation Describe
allow User:aggregation-service --topic gongkai.validation.reviews.v1 --operation Create --operation DescribeConfigs --operation Read --operation Describe --operation Write
allow User:aggregation-service --topic gongkai.validation.passed.v1-dlt --operation Create --operation DescribeConfigs --operation Write --operation Describe
allow User:aggregation-service --topic gongkai.validation.violations.v1-dlt --operation Create --operation DescribeConfigs --operation Write --operation Describe
allow User:aggregation-service --topic gongkai.validation.passed.v1 --operation Read --operation Describe
allow User:aggregation-service --topic gongkai.validation.violations.v1 --operation Read --operation Describe
allow User:aggregation-service --topic gongkai.reports.parsed.v1 --operation Read --operation Describe
allow User:aggregation-service --topic gongkai-aggregation- --resource-pattern-type prefixed --operation Create --operation Read --operation Write --operation Delete --operation Describe --operation DescribeConfigs
allow User:aggregation-service --group gongkai-aggregation --operation Read
allow User:aggregation-service --transactional-id gongkai-aggregation --resource-pattern-type prefixed --operation Write --operation Describe

# scraper
login scraper "$SCRAPER_KAFKA_PASSWORD"
allow User:scraper --topic gongkai.ingest.source-index.v1 --operation Read --operation Describe
allow User:scraper --topic gongkai.reports.rejected.v1 --operation Read --operation Describe
allow User:scraper --topic gongkai.reports.raw.v1-dlt --operation Read --operation Describe
allow User:scraper --topic gongkai.reports.raw-bytes.v1-dlt --operation Read --operation Describe
allow User:scraper --topic gongkai.reports.raw.v1 --operation Write --operation Describe
allow User:scraper --topic gongkai.reports.raw-bytes.v1 --operation Write --operation Describe
allow User:scraper --group scraper- --resource-pattern-type prefixed --operation Read

# monitor
login monitor "$MONITOR_KAFKA_PASSWORD"
allow User:monitor --topic gongkai.validation.violations.v1 --operation Read --operation Describe
allow User:monitor --topic gongkai.validation.reviews.v1 --operation Read --operation Describe
allow User:monitor --topic gongkai.region-totals.v1 --operation Read --operation Describe
allow User:monitor --group monitor- --resource-pattern-type prefixed --operation Read

# schema-registry
login schema-registry "$SCHEMA_REGISTRY_KAFKA_PASSWORD"
allow User:schema-registry --topic kafkasql-journal --operation All
allow User:schema-registry --group apicurio-registry- --resource-pattern-type prefixed --operation All

# ops
login ops "$OPS_KAFKA_PASSWORD"
allow User:ops --cluster --operation All
allow User:ops --topic '*' --operation All
allow User:ops --group '*' --operation All
allow User:ops --transactional-id '*' --operation All
