package io.gongkai.cli;

import io.gongkai.events.OutcomeStatus;
import io.gongkai.events.RegionTotals;
import io.gongkai.events.ReportFigures;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.schemas.DeadLetterHeaders;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.TopicSpec;
import io.gongkai.schemas.registry.AvroDeserializer;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * What the pipeline made of its input, read from its topics as a monitoring office would (committed
 * records only, from the beginning): the latest outcome of each report, the sources rejected, the dead
 * letters of every topic, and every region-year total.
 */
record Ledger(Map<String, OutcomeStatus> outcomes, Set<String> rejectedSources, Map<String, Integer> deadLetters,
              Map<String, Recount.Tally> totals) {

    /** Reads every topic to its end as it is now. */
    static Ledger read(String bootstrapServers, String registryUrl) throws Exception {
        SchemaRegistryClient registry = SchemaRegistryClient.forUrl(registryUrl);
        Map<String, ConsumerRecord<String, ValidationOutcome>> passed = latestByKey(readAll(bootstrapServers,
                List.of(TopicCatalog.VALIDATION_PASSED.name()), Ledger.<ValidationOutcome>avro(registry)));
        Map<String, ConsumerRecord<String, ValidationOutcome>> violating = latestByKey(readAll(bootstrapServers,
                List.of(TopicCatalog.VALIDATION_VIOLATIONS.name()), Ledger.<ValidationOutcome>avro(registry)));
        Map<String, OutcomeStatus> outcomes = new TreeMap<>();
        for (Map<String, ConsumerRecord<String, ValidationOutcome>> topic : List.of(passed, violating)) {
            topic.forEach((reportId, record) -> {
                ConsumerRecord<String, ValidationOutcome> other = (topic == passed ? violating : passed).get(reportId);
                if (other == null || other.timestamp() <= record.timestamp()) {
                    outcomes.put(reportId, record.value().getStatus());
                }
            });
        }
        Set<String> rejected = new TreeSet<>();
        readAll(bootstrapServers, List.of(TopicCatalog.REJECTED_REPORTS.name()), new ByteArrayDeserializer())
                .forEach(record -> rejected.add(record.key()));
        Map<String, Recount.Tally> totals = new TreeMap<>();
        for (ConsumerRecord<String, RegionTotals> record : readAll(bootstrapServers, List.of(TopicCatalog.REGION_TOTALS.name()),
                Ledger.<RegionTotals>avro(registry))) {
            if (record.value() == null) {
                totals.remove(record.key());
            } else {
                totals.put(record.key(), tally(record.value()));
            }
        }
        return new Ledger(outcomes, rejected, deadLetters(bootstrapServers), totals);
    }

    /** Distinct dead letters by DLT: one per origin record, however often it was written. */
    private static Map<String, Integer> deadLetters(String bootstrapServers) throws Exception {
        List<String> topics;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            topics = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(name -> name.endsWith(TopicSpec.DEAD_LETTER_SUFFIX))
                    .sorted()
                    .toList();
        }
        Map<String, Set<String>> origins = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> record : readAll(bootstrapServers, topics, new ByteArrayDeserializer())) {
            Header origin = record.headers().lastHeader(DeadLetterHeaders.ORIGIN);
            String id = origin == null ? record.partition() + "@" + record.offset() : new String(origin.value(), StandardCharsets.UTF_8);
            origins.computeIfAbsent(record.topic(), topic -> new TreeSet<>()).add(id);
        }
        Map<String, Integer> counts = new TreeMap<>();
        origins.forEach((topic, ids) -> counts.put(topic, ids.size()));
        return counts;
    }

    /**
     * Each key's latest record with a value, as compaction keeps it; a key whose latest record is a tombstone
     * (its outcome moved to the other topic, or the report was retracted) is left out.
     */
    private static <V> Map<String, ConsumerRecord<String, V>> latestByKey(List<ConsumerRecord<String, V>> records) {
        Map<String, ConsumerRecord<String, V>> latest = new HashMap<>();
        for (ConsumerRecord<String, V> record : records) {
            if (record.value() == null) {
                latest.remove(record.key());
            } else {
                latest.put(record.key(), record);
            }
        }
        return latest;
    }

    private static Recount.Tally tally(RegionTotals totals) {
        ReportFigures figures = totals.getFigures();
        return new Recount.Tally(totals.getReports(), figures.getReceived(), figures.getCarriedOver(), figures.getCarriedForward(),
                figures.getReviewPending(), figures.getSuitPending());
    }

    private static <V> AvroDeserializer<V> avro(SchemaRegistryClient registry) {
        return new AvroDeserializer<>(registry, true, null);
    }

    /** Every committed record of {@code topics} up to their current ends. */
    private static <V> List<ConsumerRecord<String, V>> readAll(String bootstrapServers, Collection<String> topics, Deserializer<V> values) {
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), values)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            while (partitions.stream().anyMatch(partition -> consumer.position(partition, Duration.ofSeconds(30)) < ends.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
