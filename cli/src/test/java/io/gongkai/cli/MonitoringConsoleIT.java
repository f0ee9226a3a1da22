package io.gongkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.events.ReviewDecision;
import io.gongkai.events.ViolationReview;
import io.gongkai.schemas.KafkaPrincipals;
import io.gongkai.schemas.Roles;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.registry.AvroDeserializer;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The monitoring APIs and console on the demo's data — the samples and the real reports of {@code samples/corpus},
 * through the three services on a real broker and registry — and, in a real headless Chromium driven by Selenium,
 * what a reviewer does: sign in, open a province, filter its findings, open a report, dismiss a finding, and watch
 * the province's open count fall without reloading. The browser test needs Debian's {@code chromium} and
 * {@code chromium-driver} (nothing is downloaded at test time); without them it skips and says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringConsoleIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Duration SETTLE = Duration.ofMinutes(2);
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where the browser test leaves its screenshots (the README shows one). */
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final String FUJIAN = "350000";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private LocalDeployment demo;
    private String aggregation;
    private int reports;

    @BeforeAll
    void startTheDemoWithItsData(@TempDir Path work) throws Exception {
        demo = LocalDeployment.start(ROOT, work);
        aggregation = demo.urls().aggregation();
        Set<String> reportIds = new LinkedHashSet<>();
        for (IngestClient.Answer answer : demo.submit(SampleDocuments.demoDocuments(ROOT)).values()) {
            if (answer.accepted()) {
                reportIds.add(answer.body().get("reportId").asText());
            }
        }
        assertThat(demo.awaitOutcomes(reportIds, SETTLE)).hasSameSizeAs(reportIds);
        reports = reportIds.size();
        Instant deadline = Instant.now().plus(SETTLE);
        while (Instant.now().isBefore(deadline) && indexedReports() < reports) {
            Thread.sleep(200);
        }
        assertThat(indexedReports()).as("reports in the monitoring index").isEqualTo(reports);
    }

    @AfterAll
    void stop() {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void aProvinceSeesTheFindingsOfEveryDivisionUnderIt() throws Exception {
        JsonNode everywhere = get("/api/v1/violations?limit=500", Roles.VIEWER).body();
        JsonNode fujian = get("/api/v1/violations?limit=500&region=" + FUJIAN, Roles.VIEWER).body();

        List<String> expected = new ArrayList<>();
        everywhere.get("items").forEach(item -> {
            if (item.get("region").get("code").asText().startsWith("35")) {
                expected.add(item.get("violationId").asText());
            }
        });
        assertThat(expected).isNotEmpty();
        assertThat(ids(fujian)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(fujian.get("total").asInt()).isEqualTo(expected.size());
    }

    @Test
    void pagesFollowOnByCursorAndCoverTheListingOnce() throws Exception {
        List<String> all = ids(get("/api/v1/violations?limit=500&sort=ORGAN", Roles.VIEWER).body());
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = get("/api/v1/violations?limit=2&sort=ORGAN" + (cursor == null ? "" : "&cursor=" + cursor), Roles.VIEWER).body();
            assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
            paged.addAll(ids(page));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);

        assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    void theCsvExportOpensInExcel_utf8WithAByteOrderMark() throws Exception {
        HttpResponse<byte[]> csv = http.send(request("/api/v1/violations.csv?region=" + FUJIAN, Roles.VIEWER).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        JsonNode listing = get("/api/v1/violations?limit=500&region=" + FUJIAN, Roles.VIEWER).body();

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("违规编号,机关,年度");
        assertThat(ids(listing)).isNotEmpty().allSatisfy(id -> assertThat(text).contains(id));
    }

    @Test
    void aReportComesWithTheFormsTablesItsFlaggedCellsAndItsPeers() throws Exception {
        String reportId = get("/api/v1/violations?limit=1&region=" + FUJIAN, Roles.VIEWER).body().get("items").get(0).get("reportId").asText();
        JsonNode detail = get("/api/v1/reports/" + encode(reportId), Roles.VIEWER).body();

        Set<String> findingCells = new LinkedHashSet<>();
        detail.get("findings").forEach(finding -> finding.get("cells").forEach(cell -> findingCells.add(cell.asText())));
        Set<String> flagged = new LinkedHashSet<>();
        detail.get("form").get("tables").forEach(table -> table.get("rows").forEach(row -> row.get("cells").forEach(cell -> {
            if (cell.get("flagged").asBoolean()) {
                flagged.add(cell.get("id").asText());
            }
        })));
        assertThat(detail.get("form").get("tables")).hasSize(3);
        assertThat(flagged).isNotEmpty();
        assertThat(findingCells).containsAll(flagged);

        JsonNode peers = get("/api/v1/reports/" + encode(reportId) + "/peers?levelsUp=9", Roles.VIEWER).body();
        assertThat(peers.get("region").get("code").asText()).isEqualTo("CN");
        assertThat(peers.get("quartiles").get("RECEIVED").get("count").asInt()).isPositive();
        assertThat(peers.get("ranks").get("RECEIVED").get("of").asInt()).isEqualTo(peers.get("quartiles").get("RECEIVED").get("count").asInt());
    }

    @Test
    void theApisAreDescribedInOpenApi() throws Exception {
        JsonNode paths = get("/v3/api-docs", Roles.VIEWER).body().get("paths");

        assertThat(paths.has("/api/v1/violations")).isTrue();
        assertThat(paths.has("/api/v1/violations/{violationId}/review")).isTrue();
        assertThat(paths.has("/api/v1/reports/{reportId}/peers")).isTrue();
        assertThat(paths.has("/console/regions/{code}")).as("pages are not API").isFalse();
    }

    /** Its global consumer joins no consumer group, so Prometheus is where ops see how far behind the read model is. */
    @Test
    void opsSeeTheReadModelsConsumerInPrometheus() throws Exception {
        String scrape = http.send(request("/actuator/prometheus", Roles.OPS).GET().build(), HttpResponse.BodyHandlers.ofString()).body();

        assertThat(scrape.lines().filter(line -> line.startsWith("kafka_consumer_fetch_manager_records_lag_max{")
                && line.contains("spring_id=\"monitoringStreams\"") && line.contains("global-consumer"))).isNotEmpty();
    }

    @Test
    void badRequestsAreProblemDetails() throws Exception {
        Answer badCursor = get("/api/v1/violations?cursor=not-ours", Roles.VIEWER);
        Answer unknown = get("/api/v1/reports/" + encode("000000:无此机关:2023"), Roles.VIEWER);
        String violationId = firstOpenViolation(FUJIAN);
        Answer viewerReviews = post("/api/v1/violations/" + encode(violationId) + "/review", Roles.VIEWER, "{\"decision\":\"DISMISSED\",\"reason\":\"x\"}");
        Answer noReason = post("/api/v1/violations/" + encode(violationId) + "/review", Roles.REVIEWER, "{\"decision\":\"DISMISSED\"}");

        assertThat(List.of(badCursor.status(), unknown.status(), viewerReviews.status(), noReason.status())).containsExactly(400, 404, 403, 400);
        assertThat(List.of(badCursor, unknown, viewerReviews, noReason))
                .allSatisfy(answer -> assertThat(answer.contentType()).startsWith("application/problem+json"));
        assertThat(noReason.body().get("detail").asText()).contains("reason");
    }

    @Test
    void aDismissalIsAnEventOnTheReviewsTopicAndTheFindingStaysListedOutsideTheOpenCounts() throws Exception {
        String region = "130000";
        String violationId = firstOpenViolation(region);
        int openBefore = openFindings(region);

        Answer review = post("/api/v1/violations/" + encode(violationId) + "/review", Roles.REVIEWER,
                "{\"decision\":\"DISMISSED\",\"reason\":\"原文表格为图片，已人工核对无误\"}");

        assertThat(review.status()).isEqualTo(200);
        assertThat(review.body().get("reviewer").asText()).isEqualTo("demo-" + Roles.REVIEWER);
        assertThat(openFindings(region)).isEqualTo(openBefore - 1);
        assertThat(ids(get("/api/v1/violations?limit=500&review=OPEN&region=" + region, Roles.VIEWER).body())).doesNotContain(violationId);
        assertThat(ids(get("/api/v1/violations?limit=500&review=DISMISSED&region=" + region, Roles.VIEWER).body())).contains(violationId);

        ViolationReview recorded = reviewOnTheTopic(violationId);
        assertThat(recorded.getDecision()).isEqualTo(ReviewDecision.DISMISSED);
        assertThat(recorded.getReason()).isEqualTo("原文表格为图片，已人工核对无误");
    }

    @Test
    void aReviewerFiltersOpensAReportDismissesAFindingAndSeesTheOpenCountFallLive() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver); .ci/run installs them");
        WebDriver browser = headlessChromium();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.ignoring(StaleElementReferenceException.class);
            browser.get(aggregation + "/console/regions/" + FUJIAN);
            wait.until(ExpectedConditions.urlContains("/console/login"));
            browser.findElement(By.id("token")).sendKeys(demo.credentials().bearer(Roles.REVIEWER).substring("Bearer ".length()));
            browser.findElement(By.id("sign-in")).click();
            wait.until(ExpectedConditions.textToBe(By.id("region-name"), "全国"));

            browser.findElement(By.linkText("福建省")).click();
            wait.until(ExpectedConditions.textToBe(By.id("region-name"), "福建省"));
            ((JavascriptExecutor) browser).executeScript("window.stillTheSamePage = true;");
            int openBefore = Integer.parseInt(browser.findElement(By.id("count-open")).getText());
            assertThat(openBefore).isPositive();

            String rule = new Select(browser.findElement(By.id("filter-rule"))).getOptions().get(1).getAttribute("value");
            new Select(browser.findElement(By.id("filter-rule"))).selectByValue(rule);
            wait.until(driver -> !driver.findElements(By.cssSelector("#findings tbody tr")).isEmpty()
                    && driver.findElements(By.cssSelector("#findings tbody tr")).stream().allMatch(row -> rule.equals(row.getAttribute("data-rule"))));
            screenshot(browser, "region.png");

            String region = browser.getWindowHandle();
            String reportUrl = browser.findElement(By.cssSelector("#findings tbody tr a.report-link")).getAttribute("href");
            browser.switchTo().newWindow(WindowType.TAB).get(reportUrl);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("td.flagged")));
            WebElement finding = browser.findElement(By.cssSelector(".finding:not(.dismissed)"));
            finding.findElement(By.cssSelector("input.reason")).sendKeys("已与原文核对");
            finding.findElement(By.cssSelector("button.dismiss")).click();
            wait.until(driver -> !driver.findElements(By.cssSelector(".finding.dismissed")).isEmpty());
            screenshot(browser, "report.png");

            browser.switchTo().window(region);
            wait.until(ExpectedConditions.textToBe(By.id("count-open"), Integer.toString(openBefore - 1)));
            assertThat(((JavascriptExecutor) browser).executeScript("return window.stillTheSamePage === true"))
                    .as("the count changed by a live event, not by a reload").isEqualTo(true);

            browser.get(aggregation + "/console/regions/330000?year=2023");
            browser.findElement(By.linkText("杭州市拱墅区人民政府上塘街道办事处")).click();
            wait.until(ExpectedConditions.textToBe(By.id("report-organ"), "杭州市拱墅区人民政府上塘街道办事处"));
            List<WebElement> grantedRates = browser.findElements(By.cssSelector(".peers tr[data-measure='GRANTED_RATE']"));
            assertThat(grantedRates).as("予以公开率 against the township's peers, one table per ancestor").hasSize(4)
                    .allSatisfy(row -> assertThat(row.getText()).matches("予以公开率 \\d+(\\.\\d)?% .* \\d+ / \\d+"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.cssSelector(".peers")));
            screenshot(browser, "peers.png");
        } finally {
            browser.quit();
        }
    }

    private WebDriver headlessChromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private int indexedReports() throws Exception {
        Answer answer = get("/api/v1/reports?limit=1", Roles.VIEWER);
        return answer.status() == 200 ? answer.body().get("total").asInt() : -1;
    }

    private int openFindings(String region) throws Exception {
        return get("/api/v1/regions/" + region + "/summary", Roles.VIEWER).body().get("counts").get("openFindings").asInt();
    }

    private String firstOpenViolation(String region) throws Exception {
        return get("/api/v1/violations?limit=1&review=OPEN&sort=RULE&region=" + region, Roles.VIEWER).body()
                .get("items").get(0).get("violationId").asText();
    }

    private ViolationReview reviewOnTheTopic(String violationId) {
        Map<String, Object> config = new HashMap<>(demo.clientConfig(KafkaPrincipals.MONITOR));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "monitor-it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        AvroDeserializer<ViolationReview> values = new AvroDeserializer<>(SchemaRegistryClient.forUrl(demo.stack().schemaRegistryUrl()), true, null);
        try (KafkaConsumer<String, ViolationReview> reviews = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            reviews.subscribe(List.of(TopicCatalog.VALIDATION_REVIEWS.name()));
            Instant deadline = Instant.now().plus(SETTLE);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, ViolationReview> record : reviews.poll(Duration.ofMillis(500))) {
                    if (record.key().equals(violationId)) {
                        return record.value();
                    }
                }
            }
        }
        throw new AssertionError("no review of " + violationId + " on " + TopicCatalog.VALIDATION_REVIEWS.name());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("violationId").asText()));
        return ids;
    }

    private static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpRequest.Builder request(String path, String role) {
        return HttpRequest.newBuilder(URI.create(aggregation + path)).header("Authorization", demo.credentials().bearer(role));
    }

    private Answer get(String path, String role) throws Exception {
        return answer(http.send(request(path, role).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    private Answer post(String path, String role, String body) throws Exception {
        return answer(http.send(request(path, role).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    private Answer answer(HttpResponse<String> response) throws IOException {
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body().isEmpty() ? json.nullNode() : json.readTree(response.body()));
    }

    private record Answer(int status, String contentType, JsonNode body) {
    }
}
