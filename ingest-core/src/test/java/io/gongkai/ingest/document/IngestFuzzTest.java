package io.gongkai.ingest.document;

import io.gongkai.ingest.parse.ReportParser;
import io.gongkai.ingest.region.RegionResolver;
import io.gongkai.ingest.report.IngestOutcome;
import io.gongkai.ingest.report.ReportIngestor;
import io.gongkai.ingest.report.SourceInfo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A mutation fuzzer over the whole ingest pipeline: the samples and the real scraped corpus, as text, as an HTML page
 * and as a .docx, each mutated at random — bytes flipped, inserted, deleted or repeated, the document cut short,
 * lines dropped, doubled or run together, digits changed, markup, entities, escapes and CSV quotes sprinkled in —
 * with a fixed seed, so every run tries the same {@value #INPUTS} documents. Whatever comes in, ingest gives an outcome:
 * a parsed report or a rejection with a reason and a detail; never an exception (nor one that ingest had to catch
 * as a fault of its reader), never an error such as a stack overflow or running out of memory, and never longer
 * than {@link #TIME_CAP} for one document.
 */
class IngestFuzzTest {

    private static final int INPUTS = 3_000;
    private static final Duration TIME_CAP = Duration.ofSeconds(2);
    private static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final String SPRINKLES = "0123456789０１２ \t\n\r|,\"'<>&;\\一二三、（）.-—/年件申请公开总计行政复议"
            + "\u3000\u00A0\u2028";
    private static final String[] FRAGMENTS = {"<table><tr><td>", "</td></tr>", "&nbsp;", "&#12288;", "\\n", "\\u4e00",
            "\"\"", "标题: ", "==== 正文 ====", "一、总体情况", "三、收到和处理政府信息公开申请情况", "（七）总计", "{\"content\":\""};

    private final ReportIngestor ingestor = new ReportIngestor(new DocumentReader(MAX_BYTES), new ReportParser(),
            RegionResolver.load(), "fuzz", Clock.systemUTC());

    @Test
    void everyMutatedDocumentGetsAnOutcomeInTime() {
        List<byte[]> seeds = seeds();
        Random random = new Random(20261206);
        Map<String, Integer> outcomes = new TreeMap<>();
        long slowest = 0;
        for (int i = 0; i < INPUTS; i++) {
            byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), random);
            long start = System.nanoTime();
            IngestOutcome outcome;
            try {
                outcome = ingestor.ingest(new Document(input, null, null), SourceInfo.of("fuzz-" + i));
            } catch (Throwable escaped) {
                fail("input " + i + " (" + input.length + " bytes) escaped as " + escaped, escaped);
                return;
            }
            long took = System.nanoTime() - start;
            slowest = Math.max(slowest, took);
            assertThat(Duration.ofNanos(took)).as("input %d", i).isLessThan(TIME_CAP);
            if (outcome instanceof IngestOutcome.Rejected rejected) {
                assertThat(rejected.rejection().getDetail()).as("input %d", i).isNotBlank()
                        .doesNotContain("a fault of the reader");
                outcomes.merge(rejected.rejection().getReason().name(), 1, Integer::sum);
            } else {
                outcomes.merge("PARSED", 1, Integer::sum);
            }
        }
        System.out.printf("fuzzed %d documents: %s; slowest %d ms%n", INPUTS, outcomes, slowest / 1_000_000);
        assertThat(outcomes.getOrDefault("PARSED", 0)).as("mutants still read").isGreaterThan(INPUTS / 10);
    }

    /** The samples as text, HTML and .docx, and the real corpus as scrapers stored it. */
    private static List<byte[]> seeds() {
        List<byte[]> seeds = new ArrayList<>();
        for (String number : List.of("000", "001", "002", "003", "004")) {
            String text = Seeds.text(number);
            seeds.add(text.getBytes(StandardCharsets.UTF_8));
            seeds.add(HtmlFixture.page(Seeds.blocks(text)).getBytes(StandardCharsets.UTF_8));
            seeds.add(DocxFixture.docx(Seeds.blocks(text)));
        }
        for (String file : List.of("pingtan-2021.txt", "pingtan-2019.txt", "hb-kjt-2021.csv", "hb-gxt-2019.csv",
                "hb-jyt-2019.csv", "hb-rst-2019.csv", "hb-kjt-2017.csv")) {
            try (InputStream in = IngestFuzzTest.class.getResourceAsStream("/io/gongkai/ingest/corpus/real/" + file)) {
                seeds.add(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }

    /** One to four mutations, on the bytes or, for text, on the lines and characters. */
    private static byte[] mutate(byte[] seed, Random random) {
        byte[] bytes = seed;
        for (int m = 1 + random.nextInt(4); m > 0; m--) {
            boolean zip = bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K';
            bytes = zip || random.nextInt(3) == 0 ? mutateBytes(bytes, random)
                    : mutateText(new String(bytes, StandardCharsets.UTF_8), random).getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    private static byte[] mutateBytes(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return new byte[] {(byte) random.nextInt()};
        }
        int at = random.nextInt(bytes.length);
        int length = Math.min(bytes.length - at, 1 + random.nextInt(64));
        return switch (random.nextInt(5)) {
            case 0 -> {
                byte[] flipped = bytes.clone();
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
                }
                yield flipped;
            }
            case 1 -> Arrays.copyOf(bytes, at);
            case 2 -> splice(bytes, at, length, new byte[0]);
            case 3 -> {
                byte[] noise = new byte[1 + random.nextInt(32)];
                random.nextBytes(noise);
                yield splice(bytes, at, 0, noise);
            }
            default -> splice(bytes, at, 0, Arrays.copyOfRange(bytes, at, at + length));
        };
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }

    private static String mutateText(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        switch (random.nextInt(7)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(at));
            case 2 -> {
                return String.join("", lines);
            }
            case 3 -> lines.set(at, lines.get(at).replaceAll("\\d", String.valueOf(random.nextInt(10))));
            case 4 -> lines.add(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            case 5 -> {
                StringBuilder line = new StringBuilder(lines.get(at));
                for (int i = 0; i < 1 + random.nextInt(6); i++) {
                    line.insert(random.nextInt(line.length() + 1), SPRINKLES.charAt(random.nextInt(SPRINKLES.length())));
                }
                lines.set(at, line.toString());
            }
            default -> lines.set(at, lines.get(at).repeat(1 + random.nextInt(40)));
        }
        return String.join("\n", lines);
    }
}
