package io.gongkai.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.schemas.DeadLetterHeaders;
import io.gongkai.schemas.ReportPartitioner;
import io.gongkai.schemas.TopicSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** Dead letters: {@code gongkai dlt replay TOPIC} once their cause is fixed. */
@Command(name = "dlt", description = "Dead-letter topics.", subcommands = DltCommand.Replay.class)
final class DltCommand {

    /**
     * Re-publishes every dead letter of a {@code …-dlt} topic not replayed before to the topic it came from (the
     * {@value DeadLetterHeaders#ORIGIN} header, else the DLT's name without {@code -dlt}): its key, its bytes as
     * they were, and its headers without the cause. Progress is kept as the offsets of consumer group
     * {@value #GROUP}, committed once the broker has acknowledged the re-published records, so each dead letter is
     * replayed once (at least once, should the command die between the two). Prints one JSON line: how many went
     * where. For ops: it writes to the services' input topics.
     */
    @Command(name = "replay", description = "Re-publish a dead-letter topic's records to the topics they came from.")
    static final class Replay implements Callable<Integer> {

        static final String GROUP = "gongkai-dlt-replay";
        private static final Duration POLL = Duration.ofMillis(500);

        @Parameters(paramLabel = "TOPIC", description = "the dead-letter topic, e.g. gongkai.reports.raw.v1-dlt")
        String topic;

        @Option(names = "--bootstrap-server", description = "the cluster (default: the running local stack)")
        String bootstrapServers;

        @Override
        public Integer call() {
            String bootstrap = bootstrapServers != null ? bootstrapServers
                    : KafkaCommand.runningStack().bootstrapServers();
            Map<String, Integer> replayed = replay(bootstrap, topic);
            ObjectNode line = new ObjectMapper().createObjectNode().put("topic", topic);
            replayed.forEach(line.putObject("replayed")::put);
            System.out.println(line);
            return 0;
        }

        /** Replays the dead letters of {@code deadLetterTopic} not replayed before; returns how many per topic. */
        static Map<String, Integer> replay(String bootstrap, String deadLetterTopic) {
            Map<String, Integer> replayed = new TreeMap<>();
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.GROUP_ID_CONFIG, GROUP,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer());
                 KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                         ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                         ProducerConfig.ACKS_CONFIG, "all",
                         ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                         ProducerConfig.PARTITIONER_CLASS_CONFIG, ReportPartitioner.class),
                         new ByteArraySerializer(), new ByteArraySerializer())) {
                List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
                consumer.assign(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                    Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                        String origin = originTopic(record, deadLetterTopic);
                        producer.send(new ProducerRecord<>(origin, null, record.key(), record.value(),
                                withoutCause(record)));
                        replayed.merge(origin, 1, Integer::sum);
                        done.put(new TopicPartition(record.topic(), record.partition()),
                                new OffsetAndMetadata(record.offset() + 1));
                    }
                    producer.flush();
                    consumer.commitSync(done);
                }
            }
            return replayed;
        }

        /** The topic a dead letter came from: its origin header's topic, else the DLT's name without -dlt. */
        static String originTopic(ConsumerRecord<byte[], byte[]> record, String deadLetterTopic) {
            Header origin = record.headers().lastHeader(DeadLetterHeaders.ORIGIN);
            String topic = origin == null ? null
                    : DeadLetterHeaders.originTopic(new String(origin.value(), StandardCharsets.UTF_8));
            if (topic != null) {
                return topic;
            }
            return deadLetterTopic.endsWith(TopicSpec.DEAD_LETTER_SUFFIX)
                    ? deadLetterTopic.substring(0, deadLetterTopic.length() - TopicSpec.DEAD_LETTER_SUFFIX.length())
                    : deadLetterTopic;
        }

        private static RecordHeaders withoutCause(ConsumerRecord<byte[], byte[]> record) {
            RecordHeaders headers = new RecordHeaders();
            for (Header header : record.headers()) {
                if (!header.key().startsWith(DeadLetterHeaders.PREFIX)) {
                    headers.add(header);
                }
            }
            return headers;
        }
    }
}
