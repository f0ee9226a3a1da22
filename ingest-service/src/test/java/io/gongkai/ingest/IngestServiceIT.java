package io.gongkai.ingest;

import io.gongkai.schemas.DeadLetterHeaders;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.RawReport;
import io.gongkai.events.RejectedReport;
import io.gongkai.events.RejectionReason;
import io.gongkai.localstack.LocalStackExtension;
import io.gongkai.platform.LocalStackService;
import io.gongkai.schemas.RawDocumentHeaders;
import io.gongkai.schemas.Roles;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.registry.AvroDeserializer;
import io.gongkai.schemas.registry.AvroSerializer;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** ingest-service as deployed, against the real broker and registry: HTTP and the raw topic in, events out. */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "gongkai.ingest.max-document-bytes=200000")
class IngestServiceIT {

    private static final Path SAMPLES = Path.of("").toAbsolutePath().getParent().resolve("samples");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    private int port;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String submitter = LocalStackService.bearer(Roles.SUBMITTER);

    @DynamicPropertySource
    static void localStack(DynamicPropertyRegistry registry) {
        LocalStackService.properties(registry);
    }

    @Test
    void aPostedSeedIsPublishedAsAParsedReportAndTheSameDocumentKeepsItsId() throws Exception {
        byte[] seed = Files.readAllBytes(SAMPLES.resolve("000_93eb2dffc0d9e55f.txt"));

        HttpResponse<String> first = post(seed, "text/plain", "sourceId=it-seed-000");
        HttpResponse<String> second = post(seed, "text/plain", "sourceId=it-seed-000-again");

        assertThat(first.statusCode()).isEqualTo(202);
        JsonNode accepted = json.readTree(first.body());
        String reportId = accepted.get("reportId").asText();
        assertThat(accepted.get("region").asText()).isEqualTo("330105008");
        assertThat(json.readTree(second.body()).get("reportId").asText()).isEqualTo(reportId);
        ParsedReport report = this.<ParsedReport>await(TopicCatalog.PARSED_REPORTS.name(), avro(), record -> reportId.equals(record.key())).value();
        assertThat(report.getApplications().getReceived().getTotal()).isEqualTo(39);
        assertThat(report.getRegion().getCode()).isEqualTo("330105008");
    }

    @Test
    void aSourceRepublishedUnderAnotherIdRetractsTheOldOneWithATombstone() throws Exception {
        String source = "sourceId=it-moved-" + UUID.randomUUID();
        HttpResponse<String> first = post(Files.readAllBytes(SAMPLES.resolve("004_bdd9a7f7e7a1e73b.txt")), "text/plain", source);
        HttpResponse<String> second = post(Files.readAllBytes(SAMPLES.resolve("002_97a4e8b5073c27f6.txt")), "text/plain", source);

        String oldId = json.readTree(first.body()).get("reportId").asText();
        String newId = json.readTree(second.body()).get("reportId").asText();
        assertThat(newId).isNotEqualTo(oldId);
        ConsumerRecord<String, ParsedReport> tombstone = await(TopicCatalog.PARSED_REPORTS.name(), avro(),
                record -> oldId.equals(record.key()) && record.value() == null);
        assertThat(tombstone.value()).isNull();
    }

    @Test
    void aMultipartUploadIsReadLikeARawBody() throws Exception {
        byte[] seed = Files.readAllBytes(SAMPLES.resolve("001_a00318a9f3418012.txt"));
        String boundary = "gongkai-" + UUID.randomUUID();
        byte[] body = multipart(boundary, "001.txt", seed, Map.of("sourceId", "it-multipart", "organHint", "唐宫路街道办事处"));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/reports"))
                .header("Authorization", submitter)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json.readTree(response.body()).get("region").asText()).isEqualTo("410303006");
    }

    @Test
    void theApiDescribesItself() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
                .header("Authorization", submitter).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("paths").has("/reports")).isTrue();
    }

    @Test
    void anUnreadableDocumentIsRefusedWithItsReasonAndARejectionEvent() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);

        HttpResponse<String> response = post(noise, "application/octet-stream", "sourceId=it-noise");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(response.body()).get("reason").asText()).isEqualTo("UNREADABLE");
        assertThat(json.readTree(response.body()).get("type").asText()).isEqualTo("urn:gongkai:problem:rejected:UNREADABLE");
        RejectedReport rejection = this.<RejectedReport>await(TopicCatalog.REJECTED_REPORTS.name(), avro(),
                record -> "it-noise".equals(record.key())).value();
        assertThat(rejection.getReason()).isEqualTo(RejectionReason.UNREADABLE);
    }

    @Test
    void aDocumentOverTheLimitIsRefusedAsTooLarge() throws Exception {
        HttpResponse<String> response = post(new byte[300_000], "text/plain", "sourceId=it-large");

        assertProblem(response, 413, "urn:gongkai:problem:too-large", "the body is 300000 bytes; at most 200000");
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWhileItStreams() throws Exception {
        byte[] body = new byte[300_000];
        java.util.Arrays.fill(body, (byte) 'x');

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/reports?sourceId=it-chunked"))
                .header("Authorization", submitter)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 413, "urn:gongkai:problem:too-large", "longer than 200000 bytes");
    }

    @Test
    void anEmptyBodyIsABadRequestSayingHowToSendADocument() throws Exception {
        assertProblem(post(new byte[0], "text/plain", "sourceId=it-empty"), 400, "urn:gongkai:problem:no-document",
                "the request has no body");
    }

    @Test
    void aFormEncodedBodyIsRefusedSayingWhichTypesAreAccepted() throws Exception {
        HttpResponse<String> response = post("a=1".getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", "sourceId=it-form");

        assertProblem(response, 415, "urn:gongkai:problem:form-body", "multipart/form-data part 'file'");
    }

    @Test
    void aMultipartBodyWithoutBoundaryIsABadRequest() throws Exception {
        HttpResponse<String> response = post("--x\r\n".getBytes(StandardCharsets.UTF_8), "multipart/form-data",
                "sourceId=it-no-boundary");

        assertProblem(response, 400, "urn:gongkai:problem:malformed-multipart", "boundary");
    }

    @Test
    void aPathNoEndpointDeclaresIsRefusedToEveryRoleAsAProblem() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/no-such-path")).header("Authorization", LocalStackService.bearer(Roles.ALL.toArray(String[]::new))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private void assertProblem(HttpResponse<String> response, int status, String type, String detail)
            throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).isEqualTo(type);
        assertThat(problem.get("detail").asText()).contains(detail);
    }

    @Test
    void rawTopicDocumentsArePublishedAndAPoisonRecordGoesToTheDeadLetterTopic() throws Exception {
        String sourceId = "it-raw-" + UUID.randomUUID();
        RawReport raw = RawReport.newBuilder()
                .setSourceId(sourceId)
                .setContent(ByteBuffer.wrap(Files.readAllBytes(SAMPLES.resolve("003_7841e5a45d261ac2.txt"))))
                .setContentType("text/plain")
                .setFetchedAt(Instant.now())
                .build();
        Map<String, Object> producerConfig = Map.of("bootstrap.servers", LocalStackExtension.stack().bootstrapServers());
        try (KafkaProducer<String, byte[]> poison = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer());
             KafkaProducer<String, RawReport> producer = new KafkaProducer<>(producerConfig, new StringSerializer(),
                     new AvroSerializer<>(SchemaRegistryClient.forUrl(LocalStackExtension.stack().schemaRegistryUrl())))) {
            poison.send(new ProducerRecord<>(TopicCatalog.RAW_REPORTS.name(), "it-poison", "not a raw report".getBytes())).get();
            producer.send(new ProducerRecord<>(TopicCatalog.RAW_REPORTS.name(), sourceId, raw)).get();
        }

        ConsumerRecord<String, byte[]> deadLetter = await(TopicCatalog.RAW_REPORTS.deadLetter().name(), new ByteArrayDeserializer(),
                record -> "it-poison".equals(record.key()));
        assertThat(new String(deadLetter.value())).isEqualTo("not a raw report");
        assertThat(new String(deadLetter.headers().lastHeader(DeadLetterHeaders.MESSAGE).value(), StandardCharsets.UTF_8))
                .contains("not in the registry wire format");
        assertThat(new String(deadLetter.headers().lastHeader(DeadLetterHeaders.ORIGIN).value(), StandardCharsets.UTF_8))
                .startsWith(TopicCatalog.RAW_REPORTS.name() + "-");
        assertThat(deadLetter.headers().lastHeader("kafka_dlt-exception-message")).isNull();
        ParsedReport report = this.<ParsedReport>await(TopicCatalog.PARSED_REPORTS.name(), avro(),
                record -> record.value() != null && sourceId.equals(record.value().getSourceId())).value();
        assertThat(report.getRegion().getCode()).isEqualTo("330681001");
    }

    @Test
    void documentsAreCountedByOutcomeForPrometheus() throws Exception {
        post(Files.readAllBytes(SAMPLES.resolve("001_a00318a9f3418012.txt")), "text/plain", "sourceId=it-metrics-parsed");
        post("今天天气很好。".getBytes(StandardCharsets.UTF_8), "text/plain", "sourceId=it-metrics-rejected");

        HttpResponse<String> scrape = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .header("Authorization", LocalStackService.bearer(Roles.OPS)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(scrape.body()).containsPattern("gongkai_ingest_documents_total\\{[^}]*outcome=\"parsed\"")
                .containsPattern("gongkai_ingest_documents_total\\{[^}]*outcome=\"rejected\",reason=\"NOT_A_REPORT\"")
                .contains("kafka_producer_");
    }

    @Test
    void rawBytesDocumentsTakeTheSamePathAndABrokenHeaderIsDeadLetteredByName() throws Exception {
        String sourceId = "it-bytes-" + UUID.randomUUID();
        String notAReport = "it-bytes-not-a-report-" + UUID.randomUUID();
        String brokenHeader = "it-bytes-broken-" + UUID.randomUUID();
        Map<String, Object> producerConfig = Map.of("bootstrap.servers", LocalStackExtension.stack().bootstrapServers());
        try (KafkaProducer<String, byte[]> scraper = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> document = new ProducerRecord<>(TopicCatalog.RAW_DOCUMENTS.name(), sourceId,
                    Files.readAllBytes(SAMPLES.resolve("003_7841e5a45d261ac2.txt")));
            document.headers().add(RawDocumentHeaders.FILE_NAME, "2023年报.txt".getBytes(StandardCharsets.UTF_8))
                    .add(RawDocumentHeaders.SOURCE_URL, "https://www.example.gov.cn/003.html".getBytes(StandardCharsets.UTF_8))
                    .add(RawDocumentHeaders.FETCHED_AT, "2024-02-01T08:00:00Z".getBytes(StandardCharsets.UTF_8));
            ProducerRecord<String, byte[]> broken = new ProducerRecord<>(TopicCatalog.RAW_DOCUMENTS.name(), brokenHeader,
                    "not looked at".getBytes(StandardCharsets.UTF_8));
            broken.headers().add(RawDocumentHeaders.FETCHED_AT, "yesterday".getBytes(StandardCharsets.UTF_8));
            scraper.send(broken).get();
            scraper.send(new ProducerRecord<>(TopicCatalog.RAW_DOCUMENTS.name(), notAReport, "今天天气很好。".getBytes(StandardCharsets.UTF_8))).get();
            scraper.send(document).get();
        }

        ParsedReport report = this.<ParsedReport>await(TopicCatalog.PARSED_REPORTS.name(), avro(),
                record -> record.value() != null && sourceId.equals(record.value().getSourceId())).value();
        assertThat(report.getRegion().getCode()).isEqualTo("330681001");
        assertThat(report.getFileName()).isEqualTo("2023年报.txt");
        assertThat(report.getSourceUrl()).isEqualTo("https://www.example.gov.cn/003.html");
        RejectedReport rejection = this.<RejectedReport>await(TopicCatalog.REJECTED_REPORTS.name(), avro(),
                record -> notAReport.equals(record.key())).value();
        assertThat(rejection.getReason()).isEqualTo(RejectionReason.NOT_A_REPORT);
        ConsumerRecord<String, byte[]> deadLetter = await(TopicCatalog.RAW_DOCUMENTS.deadLetter().name(), new ByteArrayDeserializer(),
                record -> brokenHeader.equals(record.key()));
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo("not looked at");
        assertThat(new String(deadLetter.headers().lastHeader(DeadLetterHeaders.MESSAGE).value(), StandardCharsets.UTF_8))
                .isEqualTo("header 'fetched-at' is 'yesterday', not an ISO-8601 instant such as 2024-01-31T08:00:00Z");
        assertThat(new String(deadLetter.headers().lastHeader(RawDocumentHeaders.FETCHED_AT).value(), StandardCharsets.UTF_8))
                .as("the record's own headers are kept").isEqualTo("yesterday");
    }

    private HttpResponse<String> post(byte[] body, String contentType, String query) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/reports?" + query))
                .header("Authorization", submitter)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] multipart(String boundary, String fileName, byte[] file, Map<String, String> fields) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static <T> Deserializer<T> avro() {
        return new AvroDeserializer<>(SchemaRegistryClient.forUrl(LocalStackExtension.stack().schemaRegistryUrl()), true, null);
    }

    /** The first committed record of {@code topic} matching {@code wanted}, read from the beginning; fails after {@link #WAIT}. */
    private <T> ConsumerRecord<String, T> await(String topic, Deserializer<T> values, Predicate<ConsumerRecord<String, T>> wanted) {
        try (KafkaConsumer<String, T> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackExtension.stack().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, LocalStackExtension.uniqueName("ingest-it"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(WAIT);
            List<String> seen = new ArrayList<>();
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, T> record : consumer.poll(Duration.ofMillis(500))) {
                    if (wanted.test(record)) {
                        return record;
                    }
                    seen.add(record.key());
                }
            }
            throw new AssertionError("no matching record on " + topic + " within " + WAIT + "; saw keys " + seen);
        }
    }
}
