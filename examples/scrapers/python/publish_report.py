#!/usr/bin/env python3
"""Publish one report to gongkai as a scraper does, with Confluent's own client, and follow it up.

The document goes to gongkai.reports.raw.v1 as a RawReport in the registry's Avro, keyed by its source id, written
with the schema gongkai publishes (gongkai.reports.raw.v1-value.avsc). With --follow, the script then waits for
what ingest made of it — the reportId it was published under, or why it was rejected or dead-lettered — and prints
that as one JSON line. See docs/scrapers.md.

Needs confluent-kafka (Debian: python3-confluent-kafka) and fastavro. Connection from the environment:
  KAFKA_BOOTSTRAP_SERVERS  host:port,…
  SCHEMA_REGISTRY_URL      the registry's Confluent API, e.g. http://127.0.0.1:8081/apis/ccompat/v7
  KAFKA_USERNAME, KAFKA_PASSWORD   the scraper's SASL/SCRAM-SHA-512 login, where the cluster has logins
  SCHEMA_REGISTRY_USER_INFO        user:password for the registry, where it has logins
"""
import argparse
import datetime
import json
import os
import sys
import time
import uuid

from confluent_kafka import Consumer, KafkaException, Producer
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroDeserializer, AvroSerializer
from confluent_kafka.serialization import MessageField, SerializationContext

RAW_TOPIC = "gongkai.reports.raw.v1"
SOURCE_INDEX_TOPIC = "gongkai.ingest.source-index.v1"
REJECTED_TOPIC = "gongkai.reports.rejected.v1"
DEAD_LETTER_TOPIC = RAW_TOPIC + "-dlt"
# A RawReport holds a document of up to 16 MiB; librdkafka's default message.max.bytes (1 MB) would refuse it.
MAX_RECORD_BYTES = 17 * 1024 * 1024


def kafka_config():
    config = {"bootstrap.servers": os.environ["KAFKA_BOOTSTRAP_SERVERS"]}
    if os.environ.get("KAFKA_USERNAME"):
        config.update({
            "security.protocol": "SASL_PLAINTEXT",
            "sasl.mechanism": "SCRAM-SHA-512",
            "sasl.username": os.environ["KAFKA_USERNAME"],
            "sasl.password": os.environ["KAFKA_PASSWORD"],
        })
    return config


def registry_client():
    config = {"url": os.environ["SCHEMA_REGISTRY_URL"]}
    if os.environ.get("SCHEMA_REGISTRY_USER_INFO"):
        config["basic.auth.user.info"] = os.environ["SCHEMA_REGISTRY_USER_INFO"]
    return SchemaRegistryClient(config)


def publish(registry, schema_file, source_id, path, args):
    with open(schema_file, encoding="utf-8") as file:
        schema = file.read()
    # Look the published schema up; never register one: the registry holds gongkai's, under gongkai.reports.raw.v1-value.
    serializer = AvroSerializer(schema_registry_client=registry, schema_str=schema,
                                conf={"auto.register.schemas": False})
    with open(path, "rb") as file:
        document = file.read()
    raw_report = {
        "sourceId": source_id,
        "content": document,
        "contentType": args.content_type,
        "fileName": os.path.basename(path),
        "sourceUrl": args.source_url,
        "fetchedAt": datetime.datetime.now(datetime.timezone.utc),
        "organHint": args.organ_hint,
        "regionHint": args.region_hint,
        "publishedHint": datetime.date.fromisoformat(args.published_hint) if args.published_hint else None,
    }
    producer = Producer({**kafka_config(), "acks": "all", "enable.idempotence": True,
                         "message.max.bytes": MAX_RECORD_BYTES, "compression.type": "lz4"})
    failures = []
    producer.produce(RAW_TOPIC, key=source_id.encode("utf-8"),
                     value=serializer(raw_report, SerializationContext(RAW_TOPIC, MessageField.VALUE)),
                     on_delivery=lambda error, record: error and failures.append(error))
    undelivered = producer.flush(30)
    if failures:
        raise KafkaException(failures[0])
    if undelivered:
        raise SystemExit(f"{source_id} was not delivered within 30 s: is the broker reachable, the login right?")


def follow(registry, source_id, timeout_s):
    """What ingest made of source_id: read the three topics that are keyed by source id, in a group of our own."""
    consumer = Consumer({**kafka_config(), "group.id": "scraper-follow-" + uuid.uuid4().hex,
                         "auto.offset.reset": "earliest", "isolation.level": "read_committed",
                         "enable.auto.commit": False})
    rejections = AvroDeserializer(schema_registry_client=registry)
    consumer.subscribe([SOURCE_INDEX_TOPIC, REJECTED_TOPIC, DEAD_LETTER_TOPIC])
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            record = consumer.poll(1.0)
            if record is None or record.error():
                continue
            key = record.key().decode("utf-8") if record.key() else None
            if record.topic() == SOURCE_INDEX_TOPIC and key == "source:" + source_id:
                return {"sourceId": source_id, "outcome": "published", "reportId": record.value().decode("utf-8")}
            if record.topic() == REJECTED_TOPIC and key == source_id:
                rejection = rejections(record.value(), SerializationContext(REJECTED_TOPIC, MessageField.VALUE))
                return {"sourceId": source_id, "outcome": "rejected", "reason": rejection["reason"],
                        "detail": rejection["detail"]}
            if record.topic() == DEAD_LETTER_TOPIC and key == source_id:
                cause = dict(record.headers() or []).get("gongkai.dlt.exception.message", b"").decode("utf-8")
                return {"sourceId": source_id, "outcome": "dead-lettered", "cause": cause}
        return {"sourceId": source_id, "outcome": "unknown", "detail": f"nothing within {timeout_s} s"}
    finally:
        consumer.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", help="the document: text, HTML, .docx, .doc or .pdf")
    parser.add_argument("--source-id", required=True, help="your stable id for the document, e.g. its URL")
    parser.add_argument("--schema", required=True, help="gongkai.reports.raw.v1-value.avsc from the schemas artifact")
    parser.add_argument("--content-type")
    parser.add_argument("--source-url")
    parser.add_argument("--organ-hint")
    parser.add_argument("--region-hint")
    parser.add_argument("--published-hint", help="公开日期, YYYY-MM-DD")
    parser.add_argument("--follow", type=float, metavar="SECONDS", help="wait this long for the outcome and print it")
    args = parser.parse_args()

    registry = registry_client()
    publish(registry, args.schema, args.source_id, args.file, args)
    if args.follow:
        outcome = follow(registry, args.source_id, args.follow)
        print(json.dumps(outcome, ensure_ascii=False))
        return 0 if outcome["outcome"] != "unknown" else 1
    print(json.dumps({"sourceId": args.source_id, "outcome": "sent"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
