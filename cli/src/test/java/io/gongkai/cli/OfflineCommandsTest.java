package io.gongkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code gongkai parse} and {@code validate} on the sample reports: the JSON of docs/spec/cli.md, every cell as expected. */
class OfflineCommandsTest {

    private static final Path SAMPLES = Path.of("").toAbsolutePath().getParent().resolve("samples");

    private final ObjectMapper json = new ObjectMapper();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @BeforeEach
    void captureStdout() {
        originalOut = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStdout() {
        System.setOut(originalOut);
    }

    @Test
    void parsePrintsEverySampleAsExpected() throws IOException {
        int exit = Gongkai.commandLine().execute("parse", SAMPLES.toString());

        List<JsonNode> lines = lines();
        assertThat(exit).isZero();
        assertThat(lines).hasSize(5);
        for (JsonNode line : lines) {
            String number = Path.of(line.get("file").asText()).getFileName().toString().substring(0, 3);
            JsonNode expected = json.readTree(SAMPLES.resolve("expected").resolve(number + ".json").toFile());
            assertThat(line.get("status").asText()).isEqualTo("PARSED");
            assertThat(line.get("organ").asText()).isEqualTo(expected.get("organ").asText());
            assertThat(line.get("year").asInt()).isEqualTo(expected.get("year").asInt());
            assertThat(line.get("layout").asText()).isEqualTo(expected.get("layout").asText());
            assertThat(line.get("scope").asText()).isEqualTo(expected.get("scope").asText());
            assertThat(line.get("region").get("code").asText()).isEqualTo(expected.get("region").get("code").asText());
            assertThat(line.get("region").get("path").get(0).get("level").asText()).isEqualTo("province");
            assertThat(line.get("contentHash").asText()).hasSize(64);
            assertThat(fields(line.get("cells"))).as(number).containsExactlyInAnyOrderEntriesOf(fields(expected.get("cells")));
            assertThat(line.has("narrative")).isTrue();
            assertThat(line.has("warnings")).isTrue();
            assertThat(line.get("title").asText()).contains("政府信息公开工作年度报告");
            assertThat(line.get("unreadableCells")).isEmpty();
        }
    }

    @Test
    void validatePassesTheSamplesAndFlagsABrokenOne(@TempDir Path dir) throws IOException {
        Path seed = SAMPLES.resolve("003_7841e5a45d261ac2.txt");
        String text = Files.readString(seed);
        Path broken = dir.resolve("broken.txt");
        Files.writeString(broken, text.replace("一、本年新收政府信息公开申请数量 | 20 | 0", "一、本年新收政府信息公开申请数量 | 30 | 0"));

        int passing = Gongkai.commandLine().execute("validate", SAMPLES.toString());
        List<JsonNode> passed = lines();
        stdout.reset();
        int failing = Gongkai.commandLine().execute("validate", broken.toString());
        List<JsonNode> violated = lines();

        assertThat(passing).isZero();
        assertThat(passed).hasSize(5).allSatisfy(line -> assertThat(line.get("status").asText()).isEqualTo("PASS"));
        assertThat(failing).isEqualTo(Gongkai.EXIT_FINDINGS);
        assertThat(violated).singleElement().satisfies(line -> {
            assertThat(line.get("status").asText()).isEqualTo("VIOLATION");
            assertThat(line.get("violations")).anySatisfy(violation -> {
                assertThat(violation.get("rule").asText()).isEqualTo("APPLY_ROW_TOTAL");
                assertThat(violation.get("severity").asText()).isEqualTo("ERROR");
                assertThat(violation.get("messageZh").asText()).contains("一、本年新收政府信息公开申请数量");
                assertThat(violation.has("expected") && violation.has("actual") && violation.has("messageEn")).isTrue();
            });
        });
    }

    @Test
    void aFileThatIsNotAReportIsRejectedWithItsReason(@TempDir Path dir) throws IOException {
        Path news = dir.resolve("news.txt");
        Files.writeString(news, "本市举行新闻发布会\n市长出席并讲话，介绍了今年以来经济运行情况。\n");

        int exit = Gongkai.commandLine().execute("parse", news.toString());

        assertThat(exit).isEqualTo(Gongkai.EXIT_FINDINGS);
        assertThat(lines()).singleElement().satisfies(line -> {
            assertThat(line.get("status").asText()).isEqualTo("REJECTED");
            assertThat(line.get("reason").asText()).isEqualTo("NOT_A_REPORT");
            assertThat(line.get("detail").asText()).isNotBlank();
        });
    }

    @Test
    void aSummaryCountsWhatWasReadAndWhatWasLost(@TempDir Path dir) throws IOException {
        Path news = dir.resolve("news.txt");
        Files.writeString(news, "本市举行新闻发布会\n市长出席并讲话，介绍了今年以来经济运行情况。\n");

        int exit = Gongkai.commandLine().execute("parse", "--summary", SAMPLES.toString(), news.toString());

        List<JsonNode> lines = lines();
        assertThat(exit).isEqualTo(Gongkai.EXIT_FINDINGS);
        assertThat(lines).hasSize(7);
        JsonNode summary = lines.get(6).get("summary");
        assertThat(summary.get("files").asInt()).isEqualTo(6);
        assertThat(summary.get("status").get("PARSED").asInt()).isEqualTo(5);
        assertThat(summary.get("status").get("REJECTED").asInt()).isEqualTo(1);
        assertThat(summary.get("rejectedByReason").get("NOT_A_REPORT").asInt()).isEqualTo(1);
        assertThat(summary.get("parsedWithUnreadableCells").asInt()).isZero();
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : stdout.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line));
            }
        }
        return lines;
    }

    private static Map<String, String> fields(JsonNode object) {
        Map<String, String> fields = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            fields.put(field.getKey(), field.getValue().isDouble() ? String.valueOf(field.getValue().doubleValue()) : field.getValue().asText());
        }
        return fields;
    }
}
