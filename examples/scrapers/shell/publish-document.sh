#!/usr/bin/env bash
# Publish one document to gongkai without Avro or a registry: kcat sends the file's bytes to
# gongkai.reports.raw-bytes.v1, keyed by the source id, with the metadata in headers (docs/scrapers.md).
#
#   publish-document.sh SOURCE_ID FILE [CONTENT_TYPE]
#
# Connection from the environment: KAFKA_BOOTSTRAP_SERVERS; KAFKA_USERNAME and KAFKA_PASSWORD (SASL/SCRAM-SHA-512)
# where the cluster has logins. Optional headers from SOURCE_URL, ORGAN_HINT, REGION_HINT, PUBLISHED_HINT (YYYY-MM-DD).
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 SOURCE_ID FILE [CONTENT_TYPE]" >&2
  exit 2
fi
source_id=$1
file=$2

args=(-P -b "$KAFKA_BOOTSTRAP_SERVERS" -t gongkai.reports.raw-bytes.v1 -k "$source_id"
  # A document may be up to 16 MiB; librdkafka's default (1 MB) would refuse it.
  -X message.max.bytes=17825792 -X acks=all
  -H "file-name=$(basename "$file")"
  -H "fetched-at=$(date -u +%Y-%m-%dT%H:%M:%SZ)")
if [ -n "${KAFKA_USERNAME:-}" ]; then
  # The login as a configuration file (-F), so that the password is not on the command line for ps to show.
  login=$(mktemp)
  trap 'rm -f "$login"' EXIT
  printf 'security.protocol=SASL_PLAINTEXT\nsasl.mechanisms=SCRAM-SHA-512\nsasl.username=%s\nsasl.password=%s\n' \
    "$KAFKA_USERNAME" "$KAFKA_PASSWORD" > "$login"
  args+=(-F "$login")
fi
[ -n "${3:-}" ] && args+=(-H "content-type=$3")
[ -n "${SOURCE_URL:-}" ] && args+=(-H "source-url=$SOURCE_URL")
[ -n "${ORGAN_HINT:-}" ] && args+=(-H "organ-hint=$ORGAN_HINT")
[ -n "${REGION_HINT:-}" ] && args+=(-H "region-hint=$REGION_HINT")
[ -n "${PUBLISHED_HINT:-}" ] && args+=(-H "published-hint=$PUBLISHED_HINT")

# Each FILE argument is sent as one record, whole.
kcat "${args[@]}" "$file"
