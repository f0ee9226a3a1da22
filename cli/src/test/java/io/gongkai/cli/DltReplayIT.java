package io.gongkai.cli;

import io.gongkai.localstack.LocalStackExtension;
import io.gongkai.schemas.DeadLetterHeaders;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code gongkai dlt replay} against the real broker: a dead letter goes back to the topic its origin header names,
 * with its key, bytes and own headers but not the cause; replaying again sends nothing twice.
 */
@ExtendWith(LocalStackExtension.class)
class DltReplayIT {

    @Test
    void deadLettersGoBackToWhereTheyCameFromOnce() throws Exception {
        String bootstrap = LocalStackExtension.stack().bootstrapServers();
        String origin = LocalStackExtension.uniqueName("replay-in");
        String deadLetters = origin + "-dlt";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(origin, 1, (short) 1), new NewTopic(deadLetters, 1, (short) 1)))
                    .all().get();
        }
        RecordHeaders headers = new RecordHeaders();
        headers.add("traceparent", "00-abc".getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(deadLetters, null, "source-1", "the report's bytes",
                    DeadLetterHeaders.withCause(headers, new IllegalStateException("registry down"), origin + "-0@41")))
                    .get();
        }

        Map<String, Integer> first = DltCommand.Replay.replay(bootstrap, deadLetters);
        Map<String, Integer> second = DltCommand.Replay.replay(bootstrap, deadLetters);

        assertThat(first).containsExactly(Map.entry(origin, 1));
        assertThat(second).isEmpty();
        ConsumerRecord<String, String> replayed = readOne(bootstrap, origin);
        assertThat(replayed.key()).isEqualTo("source-1");
        assertThat(replayed.value()).isEqualTo("the report's bytes");
        assertThat(replayed.headers().lastHeader("traceparent")).isNotNull();
        assertThat(replayed.headers().lastHeader(DeadLetterHeaders.MESSAGE)).isNull();
        assertThat(replayed.headers().lastHeader(DeadLetterHeaders.ORIGIN)).isNull();
    }

    private static ConsumerRecord<String, String> readOne(String bootstrap, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, LocalStackExtension.uniqueName("replay-reader"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (records.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            assertThat(records).hasSize(1);
            return records.get(0);
        }
    }
}
