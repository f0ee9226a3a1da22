package io.gongkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.events.ValidationOutcome;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
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
        LocalDeployment.deleteRecursively(work);
        System.err.println("starting a Kafka broker, a schema registry and the three services (logs in " + work + ") …");
        LocalDeployment demo = LocalDeployment.start(root, work);
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
        Map<String, String> fileByReportId = new LinkedHashMap<>();
        for (Map.Entry<Path, IngestClient.Answer> answer : demo.submit(SampleDocuments.demoDocuments(root)).entrySet()) {
            String file = answer.getKey().getFileName().toString();
            ObjectNode line = json.createObjectNode().put("file", file);
            line.setAll((ObjectNode) answer.getValue().body());
            System.out.println(json.writeValueAsString(line));
            if (answer.getValue().accepted()) {
                fileByReportId.put(answer.getValue().body().path("reportId").asText(), file);
            }
        }

        System.err.println("waiting for the outcomes …");
        Map<String, ValidationOutcome> outcomes = demo.awaitOutcomes(fileByReportId.keySet(), SETTLE_TIMEOUT);
        outcomes.values().forEach(outcome -> System.out.println(ReportJson.line(
                ReportJson.outcome(fileByReportId.get(outcome.getReportId()), outcome))));

        System.err.println("waiting for the regional totals …");
        for (Map.Entry<String, Integer> region : LocalDeployment.expectedReportCounts(outcomes.values()).entrySet()) {
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
}
