package io.gongkai.ingest.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.ingest.rejection.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real corpus ({@code corpus/real/}, see its SOURCES.md) unwrapped: each file's title, date, source URL, and where
 * its report text starts and ends.
 */
class RealEnvelopesTest {

    private static final String CORPUS = "/io/gongkai/ingest/corpus/real/";
    private static final String GXT = "http://gxt.hebei.gov.cn//hbgyhxxht/zfxxgk/zfxxgknb/";
    private static final String KJT = "https://kjt.hebei.gov.cn/www/xxgk2020/212936/";
    private static final String RST = "https://rst.hebei.gov.cn/rsmh_file/subjectPictures/20240201/"
            + "fe0af8e2-7c75-4489-b9e3-fb0e22e9a1ea10_%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80-10_"
            + "%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80/index.html?article=";
    private static final String RST_TITLE = "河北省人力资源和社会保障厅%d年政府信息公开工作年度报告";
    private static final String KJT_TITLE = "河北省科学技术厅%d年政府信息公开工作年度报...";
    private static final String PINGTAN_TITLE = "平潭综合实验区%d年度政府信息公开工作年度报告";
    private static final String PINGTAN = "https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/";
    private static final String REGULATION = "根据《中华人民共和国政府信息公开条例》";
    private static final String HEBEI_REGULATION = REGULATION + "《河北省实施〈中华人民共和国政府信息公开条例〉办法》等规定";
    private static final String KJT_PREAMBLE = "本报告根据《中华人民共和国政府信息公开条例》及相关规定，由河北省科学技术厅编制";
    private static final String RST_FOOTER = "更多信息请关注官方微信“河北人社”";

    /** What a corpus file's envelope should give. */
    record Expected(String file, EnvelopeKind kind, String title, LocalDate published, String sourceUrl,
                    String bodyStart, String bodyEnd) {

        @Override
        public String toString() {
            return file;
        }
    }

    private final EnvelopeReader reader = new EnvelopeReader();

    static List<Expected> corpus() {
        EnvelopeKind page = EnvelopeKind.CRAWLER_PAGE;
        EnvelopeKind csv = EnvelopeKind.CSV_RECORD;
        return List.of(
                new Expected("pingtan-2019.txt", page, PINGTAN_TITLE.formatted(2019), LocalDate.of(2020, 1, 20),
                        PINGTAN + "202001/t20200120_80576.htm", "平潭综合实验区2019年政府信息公开工作年度报告 " + REGULATION,
                        "六、其他需要报告的事项 无其他需要报告的事项"),
                new Expected("pingtan-2021.txt", page, PINGTAN_TITLE.formatted(2021), LocalDate.of(2022, 2, 8),
                        PINGTAN + "202202/t20220208_80613.htm", "当前位置： 首页政务公开政府信息公开政府信息公开年报 "
                        + PINGTAN_TITLE.formatted(2021), "2021年，无收取信息处理费情况。 附件下载"),
                new Expected("pingtan-2023.txt", page, PINGTAN_TITLE.formatted(2023), LocalDate.of(2024, 3, 8),
                        PINGTAN + "202403/t20240308_87885.htm", "本报告根据《中华人民共和国政府信息公开条例》（国务院令第711号",
                        "六、其他需要报告的事项2023年，无收取信息处理费情况。"),
                new Expected("hb-gxt-2019.csv", csv, "河北省工业和信息化厅2019年政府信息公开报告", LocalDate.of(2020, 1, 30),
                        GXT + "665444bbb/index.html", REGULATION + "和省政府有关政府信息公开的要求",
                        "做好政府信息公开平台的规范建设。"),
                new Expected("hb-gxt-2022.csv", csv, "河北省工业和信息化厅2022年度政府信息公开工作报告", LocalDate.of(2023, 1, 28),
                        GXT + "921434/index.html", HEBEI_REGULATION, "2022年未收取信息处理费。"),
                new Expected("hb-jyt-2019.csv", csv, "河北省教育厅2019年政府信息公开工作年度报告", LocalDate.of(2020, 1, 16),
                        "http://jyt.hebei.gov.cn/col/1414231541890/2020/01/20/1579506734508.html",
                        REGULATION + "和省政府有关政府信息公开的要求", "加强与公众的互动交流。\n\n\n河北省教育厅\n2020年1月15日"),
                new Expected("hb-kjt-2017.csv", csv, KJT_TITLE.formatted(2017), LocalDate.of(2018, 2, 2),
                        KJT + "214878/index.html", KJT_PREAMBLE, "河北省科学技术厅\u3000\u30002018年2月2日"),
                new Expected("hb-kjt-2018.csv", csv, KJT_TITLE.formatted(2018), LocalDate.of(2019, 2, 14),
                        KJT + "214869/index.html", KJT_PREAMBLE, "河北省科学技术厅\u3000\u30002019年2月13日"),
                new Expected("hb-kjt-2019.csv", csv, KJT_TITLE.formatted(2019), LocalDate.of(2020, 1, 20),
                        KJT + "214864/index.html", "一、总体情况\u3000\u30002019年以来，河北省科学技术厅",
                        "提高工作透明度和公信力。"),
                new Expected("hb-kjt-2020.csv", csv, KJT_TITLE.formatted(2020), LocalDate.of(2021, 1, 29),
                        KJT + "233874/index.html", "一、总体情况\u3000\u30002020年以来，河北省科学技术厅",
                        "进一步保障服务对象的知情权。"),
                new Expected("hb-kjt-2021.csv", csv, KJT_TITLE.formatted(2021), LocalDate.of(2022, 1, 28),
                        KJT + "254504/index.html", HEBEI_REGULATION, "2021年未收取信息处理费。"),
                new Expected("hb-kjt-2022.csv", csv, KJT_TITLE.formatted(2022), LocalDate.of(2023, 1, 13),
                        KJT + "276914/index.html", HEBEI_REGULATION, "2、2022年政府信息公开工作年度报告.pdf"),
                new Expected("hb-kjt-2023.csv", csv, KJT_TITLE.formatted(2023), LocalDate.of(2024, 1, 29),
                        KJT + "298933/index.html", HEBEI_REGULATION, "2、河北省科学技术厅2023年政府信息公开工作年度报告.pdf"),
                new Expected("hb-rst-2017.csv", csv, RST_TITLE.formatted(2017), LocalDate.of(2018, 1, 29),
                        RST + "17049391055865&column=1153", "2017年省人力资源社会保障厅认真贯彻《河北省人民政府办公厅印发<关于",
                        "2018年1月29日" + RST_FOOTER),
                new Expected("hb-rst-2018.csv", csv, RST_TITLE.formatted(2018), LocalDate.of(2019, 1, 30),
                        RST + "17049391057115&column=1153", "2018年，省人社厅坚决落实省委省政府决策部署",
                        "2019年1月30日" + RST_FOOTER),
                new Expected("hb-rst-2019.csv", csv, RST_TITLE.formatted(2019), LocalDate.of(2020, 1, 20),
                        RST + "17049391058543&column=1153", "2019年，省人社厅坚持以习近平新时代中国特色社会主义思想为统领",
                        "2020年1月20日" + RST_FOOTER),
                new Expected("hb-rst-2020.csv", csv, RST_TITLE.formatted(2020), LocalDate.of(2021, 1, 27),
                        RST + "17049391059988&column=1153", REGULATION + "（国务院令第711号）规定",
                        "2021年1月27日" + RST_FOOTER),
                new Expected("hb-rst-2021.csv", csv, RST_TITLE.formatted(2021), LocalDate.of(2022, 2, 9),
                        RST + "170493910511552&column=1153", RST_FOOTER, RST_FOOTER),
                new Expected("hb-rst-2022.csv", csv, RST_TITLE.formatted(2022), LocalDate.of(2023, 1, 31),
                        RST + "170493910512765&column=1153", "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制",
                        "2023年1月28日" + RST_FOOTER),
                new Expected("hb-rst-2023.csv", csv, RST_TITLE.formatted(2023), LocalDate.of(2024, 1, 31),
                        RST + "1707097639386niv&column=1153", "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制",
                        "2023年1月29日" + RST_FOOTER));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void titleDateSourceAndWhereTheReportStartsAndEnds(Expected expected) throws Rejection {
        Envelope envelope = reader.unwrap(text(expected.file()));

        assertThat(envelope.layers()).containsExactly(expected.kind());
        assertThat(envelope.title()).isEqualTo(expected.title());
        assertThat(envelope.published()).isEqualTo(expected.published());
        assertThat(envelope.sourceUrl()).isEqualTo(expected.sourceUrl());
        assertThat(envelope.body()).startsWith(expected.bodyStart()).endsWith(expected.bodyEnd())
                .doesNotContain("\r").isEqualTo(envelope.body().strip());
        assertThat(envelope.description()).contains("title from", "date from", "URL from");
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void theTitleNamesTheOrganAndYearReadByHand(Expected expected) throws IOException {
        JsonNode byHand = expectedByHand(expected.file());

        assertThat(expected.title()).contains(byHand.get("year").asText());
        if (byHand.has("organ")) {
            assertThat(expected.title()).startsWith(byHand.get("organ").textValue());
        }
    }

    @Test
    void oneReaderServesManyThreadsAtOnce() throws Exception {
        List<Expected> corpus = corpus();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Envelope>> unwrapped = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (Expected expected : corpus) {
                    unwrapped.add(threads.submit(() -> reader.unwrap(text(expected.file()))));
                }
            }
            for (int i = 0; i < unwrapped.size(); i++) {
                Expected expected = corpus.get(i % corpus.size());
                Envelope envelope = unwrapped.get(i).get();
                assertThat(envelope.title()).as(expected.file()).isEqualTo(expected.title());
                assertThat(envelope.body()).as(expected.file()).endsWith(expected.bodyEnd());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void everyCorpusFileIsExpected() throws IOException {
        try (Stream<Path> files = Files.list(corpusDirectory())) {
            List<String> reports = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".txt") || name.endsWith(".csv")).sorted().toList();

            assertThat(corpus()).extracting(Expected::file).containsExactlyInAnyOrderElementsOf(reports);
        }
    }

    private static String text(String file) {
        try {
            return Files.readString(corpusDirectory().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode expectedByHand(String file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String name : List.of("expected.json", "expected-hb.json")) {
            JsonNode expected = json.readTree(corpusDirectory().resolve(name).toFile()).get(file);
            if (expected != null) {
                return expected;
            }
        }
        throw new IllegalStateException(file + " is in neither expected.json nor expected-hb.json");
    }

    private static Path corpusDirectory() {
        try {
            return Path.of(RealEnvelopesTest.class.getResource(CORPUS).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
