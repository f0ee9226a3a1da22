package io.gongkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.events.ValidationOutcome;
import io.gongkai.events.Violation;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The main job: a real broker and registry, the three services, the sample reports submitted over
 * HTTP, each report's outcome and the totals of every region they touch printed as JSON lines; then it
 * keeps serving until Ctrl-C and stops everything it started.
 */
@Command(name = "demo", description = "Run gongkai locally on the sample reports, and keep serving until Ctrl-C.")
final class DemoCommand implements Callable<Integer> {

    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(2);
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        Path root = Gongkai.home().toAbsolutePath().getParent();
        Path work = Gongkai.demoDir();
        Demo.deleteRecursively(work);
        System.err.println("starting a Kafka broker, a schema registry and the three services (logs in " + work + ") …");
        Demo demo = Demo.start(root, work);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("stopping the services, the registry and the broker …");
            demo.close();
            ServiceUrls.forget();
            Credentials.forget();
        }, "demo-shutdown"));
        demo.urls().record();
        demo.credentials().record();
        demo.stack().recordState();

        System.err.println("submitting the sample reports and the real ones of samples/corpus over HTTP …");
        Set<String> reportIds = new LinkedHashSet<>();
        for (Map.Entry<Path, IngestClient.Answer> answer : demo.submit(Demo.demoDocuments(root)).entrySet()) {
            ObjectNode line = json.createObjectNode().put("file", answer.getKey().getFileName().toString());
            line.setAll((ObjectNode) answer.getValue().body());
            System.out.println(json.writeValueAsString(line));
            if (answer.getValue().accepted()) {
                reportIds.add(answer.getValue().body().path("reportId").asText());
            }
        }

        System.err.println("waiting for the outcomes …");
        Map<String, ValidationOutcome> outcomes = demo.awaitOutcomes(reportIds, SETTLE_TIMEOUT);
        outcomes.values().forEach(outcome -> System.out.println(outcomeLine(outcome)));

        System.err.println("waiting for the regional totals …");
        for (Map.Entry<String, Integer> region : Demo.expectedReportCounts(outcomes.values()).entrySet()) {
            String[] codeAndYear = region.getKey().split(":");
            JsonNode totals = demo.awaitTotals(codeAndYear[0], Integer.parseInt(codeAndYear[1]), region.getValue(), SETTLE_TIMEOUT);
            if (totals != null) {
                System.out.println(json.writeValueAsString(totals));
            }
        }

        ServiceUrls urls = demo.urls();
        System.err.printf("%nserving until Ctrl-C:%n  ingest       %s  (POST /reports, ./gongkai submit FILE…)%n"
                        + "  validation   %s%n  aggregation  %s  (GET /regions/{code}/totals?year=Y, /api/v1/…, ./gongkai totals CN 2023)%n"
                        + "  kafka        %s   registry %s%n",
                urls.ingest(), urls.validation(), urls.aggregation(), demo.stack().bootstrapServers(), demo.stack().schemaRegistryUrl());
        System.err.printf("%nmonitoring console: %s/console  (sign in with the reviewer token below: it may view and review)%n",
                urls.aggregation());
        System.err.printf("%naccess tokens (Authorization: Bearer <token>; valid %d h; the CLI uses them itself):%n",
                Credentials.LIFETIME.toHours());
        demo.credentials().tokens().forEach((role, token) -> System.err.printf("  %-9s  %s%n", role, token));
        Thread.currentThread().join();
        return 0;
    }

    private String outcomeLine(ValidationOutcome outcome) {
        ObjectNode line = json.createObjectNode()
                .put("reportId", outcome.getReportId())
                .put("organ", outcome.getOrgan())
                .put("year", outcome.getYear())
                .put("status", outcome.getStatus().name());
        ArrayNode violations = line.putArray("violations");
        for (Violation violation : outcome.getViolations()) {
            violations.addObject()
                    .put("rule", violation.getRule())
                    .put("severity", violation.getSeverity().name())
                    .put("messageZh", violation.getMessageZh());
        }
        try {
            return json.writeValueAsString(line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
