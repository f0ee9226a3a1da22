package io.gongkai.ingest.envelope;

import io.gongkai.events.RejectionReason;
import io.gongkai.ingest.rejection.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Envelopes of every kind taken off synthetic texts, and ordinary reports left as they are. */
class EnvelopeReaderTest {

    private static final String TITLE = "某区人民政府2023年政府信息公开工作年度报告";
    private static final String REPORT = """
            根据《中华人民共和国政府信息公开条例》，现公布本年度报告。
            一、总体情况
            2023年，我区坚持“公开为常态、不公开为例外”，主动公开政府信息1200条。""";
    private static final String PAGE_URL = "https://www.example.gov.cn/zwgk/xxgknb/202401/t20240120_1.html";

    private final EnvelopeReader reader = new EnvelopeReader();

    @Test
    void crawlerPageWithMarkerGivesItsMetadataAndTheTextAfterTheMarker() throws Rejection {
        String page = """
                标题: %s
                发布时间: 2024-01-20 15:22
                文号:\s
                发布机构：某区人民政府办公室
                原文链接: %s
                页面链接与图片详见 links.tsv(同目录)
                ==================== 正文 ====================
                %s
                """.formatted(TITLE, PAGE_URL, REPORT);

        Envelope envelope = reader.unwrap(page);

        assertThat(envelope.layers()).containsExactly(EnvelopeKind.CRAWLER_PAGE);
        assertThat(envelope.body()).isEqualTo(REPORT);
        assertThat(envelope.title()).isEqualTo(TITLE);
        assertThat(envelope.published()).isEqualTo(LocalDate.of(2024, 1, 20));
        assertThat(envelope.sourceUrl()).isEqualTo(PAGE_URL);
        assertThat(envelope.description()).isEqualTo("crawler page (5 metadata lines, marker at line 7): "
                + "body from line 8, title from 标题, date from 发布时间, URL from 原文链接");
    }

    @Test
    void crawlerPageWithoutMarkerStartsItsTextAfterTheMetadata() throws Rejection {
        String page = "标题：" + TITLE + "\n成文日期：2024年1月18日\n公开日期：2024年1月20日\nURL: " + PAGE_URL + "\n" + REPORT;

        Envelope envelope = reader.unwrap(page);

        assertThat(envelope.layers()).containsExactly(EnvelopeKind.CRAWLER_PAGE);
        assertThat(envelope.body()).isEqualTo(REPORT);
        assertThat(envelope.published()).as("公开日期 before 成文日期").isEqualTo(LocalDate.of(2024, 1, 20));
        assertThat(envelope.sourceUrl()).isEqualTo(PAGE_URL);
    }

    @Test
    void aCrawlerPageWithNothingAfterItsMarkerGivesItsTitleAndAnEmptyBody() throws Rejection {
        Envelope envelope = reader.unwrap("标题: " + TITLE + "\n发布时间: 2024-01-20\n===== 正文 =====\n \n");

        assertThat(envelope.body()).isEmpty();
        assertThat(envelope.title()).isEqualTo(TITLE);
        assertThat(envelope.description()).contains("marker at line 3");
    }

    @Test
    void csvRecordWithHeaderAndQuotedCommasQuotesAndLineBreaks() throws Rejection {
        String csv = """
                标题,时间,内容,一级类别,来源网站,访问地址,附件链接
                %s,2024-01-20,"
                一、总体情况，""公开为常态"",不公开为例外
                二、主动公开政府信息情况
                ",政府信息公开年报,https://www.example.gov.cn/xxgk/index.html,\
                https://www.example.gov.cn/xxgk/300001/index.html,\
                https://www.example.gov.cn/xxgk/300001/a.doc;https://www.example.gov.cn/xxgk/300001/a.pdf;
                """.formatted(TITLE);

        Envelope envelope = reader.unwrap(csv);

        assertThat(envelope.layers()).containsExactly(EnvelopeKind.CSV_RECORD);
        assertThat(envelope.body()).isEqualTo("一、总体情况，\"公开为常态\",不公开为例外\n二、主动公开政府信息情况");
        assertThat(envelope.title()).isEqualTo(TITLE);
        assertThat(envelope.published()).isEqualTo(LocalDate.of(2024, 1, 20));
        assertThat(envelope.sourceUrl()).isEqualTo("https://www.example.gov.cn/xxgk/300001/index.html");
        assertThat(envelope.description()).isEqualTo("CSV record with header (7 fields): body from 内容 (field 3), "
                + "title from 标题, date from 时间, URL from 访问地址");
    }

    @Test
    void csvRecordWithoutHeaderIsFoundByWhatItsFieldsHold() throws Rejection {
        String csv = "http://www.example.gov.cn/column.jsp,政府信息公开年报,\"" + REPORT + "\",2020/1/20,"
                + "http://www.example.gov.cn/col/1414231541890/2020/01/20/1579506734508.html,"
                + "河北省科学技术厅2021年政府信息公开工作年度报...\n";

        Envelope envelope = reader.unwrap(csv);

        assertThat(envelope.layers()).containsExactly(EnvelopeKind.CSV_RECORD);
        assertThat(envelope.body()).isEqualTo(REPORT);
        assertThat(envelope.title()).isEqualTo("河北省科学技术厅2021年政府信息公开工作年度报...");
        assertThat(envelope.published()).isEqualTo(LocalDate.of(2020, 1, 20));
        assertThat(envelope.sourceUrl())
                .isEqualTo("http://www.example.gov.cn/col/1414231541890/2020/01/20/1579506734508.html");
        assertThat(envelope.description()).isEqualTo("CSV record without header (6 fields): body from field 3, "
                + "title from field 6, date from field 4, URL from field 5");
    }

    @Test
    void aLongUnquotedRecordOnOneLineIsARecord() throws Rejection {
        String longReport = REPORT.replace("\n", "").repeat(8);
        String csv = TITLE + ",2024-01-20 10:00:00," + longReport + ",政府信息公开年报," + PAGE_URL;

        Envelope envelope = reader.unwrap(csv);

        assertThat(envelope.layers()).containsExactly(EnvelopeKind.CSV_RECORD);
        assertThat(envelope.body()).isEqualTo(longReport);
        assertThat(envelope.sourceUrl()).isEqualTo(PAGE_URL);
    }

    @Test
    void theListPageWithAnEmptyQueryValueLosesToThePage() throws Rejection {
        String list = "https://rst.example.gov.cn/index.html?article=&column=1153";
        String page = "https://rst.example.gov.cn/index.html?article=17049391055865&column=1153";
        String csv = "标题,日期,内容,所属一级类别,来源网站,访问地址\n" + TITLE + ",2018-01-29 14:30:00,"
                + REPORT.replace("\n", "") + ",政府信息公开年报," + list + "," + page + "\n";

        Envelope envelope = reader.unwrap(csv);

        assertThat(envelope.sourceUrl()).isEqualTo(page);
        assertThat(envelope.published()).isEqualTo(LocalDate.of(2018, 1, 29));
        assertThat(envelope.body()).isEqualTo(REPORT.replace("\n", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r", "\r\n", "\u2028", "\u2029"})
    void anyLineBreakInACsvRecordBecomesLf(String lineBreak) throws Rejection {
        String csv = (TITLE + ",2020年01月16日,\"\n\n" + REPORT + "\n\",政府信息公开年报,"
                + "http://www.example.gov.cn/col/1/2020/01/20/1.html,\n").replace("\n", lineBreak);

        Envelope envelope = reader.unwrap(csv);

        assertThat(envelope.layers()).containsExactly(EnvelopeKind.CSV_RECORD);
        assertThat(envelope.body()).isEqualTo(REPORT);
        assertThat(envelope.published()).isEqualTo(LocalDate.of(2020, 1, 16));
    }

    @Test
    void aCsvOfSeveralRecordsIsRejectedNamingHowMany() {
        String row = TITLE + ",2024-01-20,\"" + REPORT + "\"," + PAGE_URL + "\n";
        Rejection rejection = catchThrowableOfType(Rejection.class,
                () -> reader.unwrap("标题,时间,内容,链接\n" + row + row + row));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.UNREADABLE);
        assertThat(rejection.detail()).contains("3 records").contains("one report");
    }

    @Test
    void aCsvRecordWithAnEmptyBodyFieldGivesItsFactsAndNamesTheField() throws Rejection {
        Envelope envelope = reader.unwrap("标题,时间,内容,链接\n" + TITLE + ",2024-01-20,," + PAGE_URL + "\n");

        assertThat(envelope.body()).isEmpty();
        assertThat(envelope.title()).isEqualTo(TITLE);
        assertThat(envelope.published()).isEqualTo(LocalDate.of(2024, 1, 20));
        assertThat(envelope.description()).contains("body from 内容 (field 3), which is empty");
    }

    @Test
    void aShortBodyIsReturnedForTheParserToJudge() throws Rejection {
        Envelope envelope = reader.unwrap("标题,日期,内容,所属一级类别,访问地址\n" + TITLE
                + ",2022-02-09 11:23:07,更多信息请关注官方微信“河北人社”,政府信息公开年报," + PAGE_URL + "\n");

        assertThat(envelope.body()).isEqualTo("更多信息请关注官方微信“河北人社”");
        assertThat(envelope.title()).isEqualTo(TITLE);
    }

    @Test
    void jsonObjectFieldsAreChosenByWhatTheyHold() throws Rejection {
        String json = """
                {"id": 17, "name": "%s", "channel": "政府信息公开年报", "pubDate": "2024-01-20 09:00:00",
                 "link": "%s", "attachment": "https://www.example.gov.cn/a.pdf",
                 "text": "%s"}""".formatted(TITLE, PAGE_URL, REPORT.replace("\n", "\\n"));

        Envelope envelope = reader.unwrap(json);

        assertThat(envelope.layers()).containsExactly(EnvelopeKind.JSON_RECORD);
        assertThat(envelope.body()).isEqualTo(REPORT);
        assertThat(envelope.title()).isEqualTo(TITLE);
        assertThat(envelope.published()).isEqualTo(LocalDate.of(2024, 1, 20));
        assertThat(envelope.sourceUrl()).isEqualTo(PAGE_URL);
        assertThat(envelope.description()).isEqualTo("JSON record (6 string fields): body from text, "
                + "title from name, date from pubDate, URL from link");
    }

    @Test
    void nestedJsonObjectsAreFlattenedToPaths() throws Rejection {
        String json = """
                {"meta": {"title": "%s", "source": {"url": "%s"}, "dates": ["2024-01-20"]},
                 "data": {"content": "%s"}}""".formatted(TITLE, PAGE_URL, REPORT.replace("\n", "\\n"));

        Envelope envelope = reader.unwrap(json);

        assertThat(envelope.body()).isEqualTo(REPORT);
        assertThat(envelope.description()).isEqualTo("JSON record (4 string fields): body from data.content, "
                + "title from meta.title, date from meta.dates[0], URL from meta.source.url");
    }

    @Test
    void aOneElementArrayAndOneJsonLineAreRecords() throws Rejection {
        String record = "{\"title\": \"" + TITLE + "\", \"content\": \"" + REPORT.replace("\n", "\\n") + "\"}";

        Envelope array = reader.unwrap("[\n  " + record + "\n]");
        Envelope line = reader.unwrap(record + "\n");

        assertThat(array.layers()).containsExactly(EnvelopeKind.JSON_RECORD);
        assertThat(array.body()).isEqualTo(REPORT);
        assertThat(array.description()).startsWith("JSON record in a one-element array (2 string fields)");
        assertThat(line.body()).isEqualTo(REPORT);
        assertThat(line.title()).isEqualTo(TITLE);
    }

    @Test
    void severalJsonRecordsAreRejectedNamingHowMany() {
        String record = "{\"title\": \"" + TITLE + "\", \"content\": \"一、总体情况\"}";

        Rejection lines = catchThrowableOfType(Rejection.class,
                () -> reader.unwrap(record + "\n" + record + "\n"));
        Rejection array = catchThrowableOfType(Rejection.class,
                () -> reader.unwrap("[" + record + "," + record + "," + record + "]"));

        assertThat(lines.reason()).isEqualTo(RejectionReason.UNREADABLE);
        assertThat(lines.detail()).contains("JSON Lines").contains("2 records").contains("one report");
        assertThat(array.detail()).contains("JSON array").contains("3 records");
    }

    @Test
    void aJsonRecordWithoutReportTextGivesItsTitleAndAnEmptyBody() throws Rejection {
        Envelope empty = reader.unwrap("{\"title\": \"" + TITLE + "\", \"content\": \" \", \"url\": \"" + PAGE_URL
                + "\"}");
        Envelope absent = reader.unwrap("{\"title\": \"" + TITLE + "\", \"url\": \"" + PAGE_URL + "\"}");

        assertThat(empty.body()).isEmpty();
        assertThat(empty.title()).isEqualTo(TITLE);
        assertThat(empty.description()).contains("body from content, which is empty");
        assertThat(absent.body()).isEmpty();
        assertThat(absent.description()).contains("body from nowhere");
    }

    @Test
    void aJsonFieldHoldingACrawlerPageIsUnwrappedTwiceAndTheOuterFactsWin() throws Rejection {
        String page = "标题: 页面上的标题2023年报告\n发布时间: 2024-01-22\n原文链接: " + PAGE_URL
                + "\n===== 正文 =====\n" + REPORT;
        String json = "{\"title\": \"" + TITLE + "\", \"page\": \"" + page.replace("\n", "\\n") + "\"}";

        Envelope envelope = reader.unwrap(json);

        assertThat(envelope.layers()).containsExactly(EnvelopeKind.JSON_RECORD, EnvelopeKind.CRAWLER_PAGE);
        assertThat(envelope.body()).isEqualTo(REPORT);
        assertThat(envelope.title()).isEqualTo(TITLE);
        assertThat(envelope.published()).isEqualTo(LocalDate.of(2024, 1, 22));
        assertThat(envelope.sourceUrl()).isEqualTo(PAGE_URL);
        assertThat(envelope.description()).isEqualTo("JSON record (2 string fields): body from page, title from title"
                + "; inside it, crawler page (3 metadata lines, marker at line 4): body from line 5, "
                + "date from 发布时间, URL from 原文链接");
    }

    static Stream<String> javaScriptLiterals() {
        String escaped = "\\u4e00\\u3001\\u603b\\u4f53\\u60c5\\u51b5\\n\\u2018\\x41\\u2019\\t\\\"\\u62a5\\u544a\\\""
                + "\\\\ \\'\\r\\n";
        return Stream.of("\"" + escaped + "\"", "'" + escaped.replace("\\\"", "\"") + "'",
                "var report = \"" + escaped + "\";", "  window.content = '" + escaped + "'  ",
                "content: \"" + escaped + "\",", "\"content\" : \"" + escaped + "\"");
    }

    @ParameterizedTest
    @MethodSource("javaScriptLiterals")
    void javaScriptStringLiteralsAreUnescaped(String literal) throws Rejection {
        Envelope envelope = reader.unwrap(literal);

        assertThat(envelope.layers()).containsExactly(EnvelopeKind.JS_STRING);
        assertThat(envelope.body()).isEqualTo("一、总体情况\n‘A’\t\"报告\"\\ '");
    }

    @Test
    void textStillEscapedIsUnescaped() throws Rejection {
        String escaped = "\\u4e00\\u3001\\u603b\\u4f53\\u60c5\\u51b5\\r\\n2023\\u5e74\\uff0c\\u4e3b\\u52a8"
                + "\\u516c\\u5f00\\u0031\\u0032\\u6761\\u3002";

        Envelope envelope = reader.unwrap(escaped);

        assertThat(envelope.layers()).containsExactly(EnvelopeKind.JS_STRING);
        assertThat(envelope.body()).isEqualTo("一、总体情况\n2023年，主动公开12条。");
        assertThat(envelope.description()).startsWith("JavaScript-escaped text (");
    }

    @Test
    void anEscapedBodyInsideACsvFieldIsUnescapedToo() throws Rejection {
        String escapedReport = REPORT.chars().mapToObj(c -> c == '\n' ? "\\n" : c < 128 ? String.valueOf((char) c)
                : String.format("\\u%04x", c)).reduce("", String::concat);
        String csv = "标题,时间,内容,链接\n" + TITLE + ",2024-01-20,\"" + escapedReport + "\"," + PAGE_URL + "\n";

        Envelope envelope = reader.unwrap(csv);

        assertThat(envelope.layers()).containsExactly(EnvelopeKind.CSV_RECORD, EnvelopeKind.JS_STRING);
        assertThat(envelope.body()).isEqualTo(REPORT);
        assertThat(envelope.title()).isEqualTo(TITLE);
        assertThat(envelope.description()).startsWith("CSV record with header (4 fields): body from 内容 (field 3), "
                + "title from 标题, date from 时间, URL from 链接; inside it, JavaScript-escaped text (");
    }

    @Test
    void anEmptyLiteralHoldsAnEmptyBody() throws Rejection {
        Envelope envelope = reader.unwrap("var report = \"\";");

        assertThat(envelope.layers()).containsExactly(EnvelopeKind.JS_STRING);
        assertThat(envelope.body()).isEmpty();
    }

    @Test
    void envelopesAreTakenOffAtMostFourDeep() throws Rejection {
        String text = REPORT;
        for (int i = 0; i < 5; i++) {
            text = "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }

        Envelope envelope = reader.unwrap(text);

        assertThat(envelope.layers()).hasSize(4).containsOnly(EnvelopeKind.JS_STRING);
        assertThat(envelope.body()).isEqualTo("\"" + REPORT.replace("\n", "\\n") + "\"");
    }

    @Test
    void entitiesInPlainTextAreUnescapedButHtmlIsLeftAlone() throws Rejection {
        Envelope plain = reader.unwrap("一、总体情况&nbsp;A&amp;B&#12288;C&#x3000;&ldquo;公开&rdquo;&column=1");
        Envelope html = reader.unwrap("标题,时间,内容,链接\n" + TITLE + ",2024-01-20,\"<p>一、总体情况&nbsp;"
                + "&ldquo;公开&rdquo;</p>\"," + PAGE_URL + "\n");

        assertThat(plain.unwrapped()).isFalse();
        assertThat(plain.body()).isEqualTo("一、总体情况\u00a0A&B\u3000C\u3000“公开”&column=1");
        assertThat(html.body()).isEqualTo("<p>一、总体情况&nbsp;&ldquo;公开&rdquo;</p>");
    }

    @Test
    void plainTextKeepsItsWhitespaceAndGetsLfEndings() throws Rejection {
        Envelope envelope = reader.unwrap("\r\n一、总体情况\r\n\u3000\u30002023年，主动公开。\r二、\u2028三、\r\n");

        assertThat(envelope.unwrapped()).isFalse();
        assertThat(envelope.layers()).isEmpty();
        assertThat(envelope.body()).isEqualTo("\n一、总体情况\n\u3000\u30002023年，主动公开。\n二、\n三、\n");
        assertThat(envelope.title()).isNull();
        assertThat(envelope.description()).isNull();
    }

    static Stream<String> reportsThatLookLikeEnvelopes() {
        return Stream.of(
                "2023年,暨阳街道认真贯彻落实市委、市政府决策部署,坚持以人民为中心深化政府信息公开工作,增强透明度。\n"
                        + "一、总体情况\n(一)主动公开政府信息情况\n2023年,根据市委市政府工作要求,我街道认真梳理应公开事项。",
                "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止,电子版可在门户网站（http://www.example.gov.cn）"
                        + "下载,如有疑问请联系区政务公开办公室,电话：0591-23165250。一、总体情况2023年,我区主动公开政府信息1200条,"
                        + "其中规范性文件12件,政策解读35篇。",
                "发布机构：某街道办事处\n联系电话：0591-23165250\n联系地址：某路1号\n一、总体情况\n本街道坚持依法公开。",
                "索引号: | 001008006002065/2024-154563 | ||\n---|---|---|---|\n发布机构: | 暨阳街道 | 公开日期: | 2024-01-26 |\n"
                        + TITLE + "\n一、总体情况",
                "[bookmark: _GoBack]" + TITLE + "\n一、总体情况\n信息内容\t本年制发件数\t本年废止件数\n规章\t0\t0",
                "“公开为常态、不公开为例外”,是本年度工作的原则,也是目标。\n一、总体情况",
                "第一条,第二条,第三条\n第四条,第五条,第六条\n第七条,第八条,第九条\n",
                "{一、总体情况}\n本年度主动公开政府信息1200条。",
                "报告路径 C:\\new\\reports\\2023\\一、总体情况\n本年度主动公开政府信息1200条。");
    }

    @ParameterizedTest
    @MethodSource("reportsThatLookLikeEnvelopes")
    void anOrdinaryReportIsNotMistakenForAnEnvelope(String report) throws Rejection {
        Envelope envelope = reader.unwrap(report);

        assertThat(envelope.unwrapped()).isFalse();
        assertThat(envelope.body()).isSameAs(report);
    }

    static List<Path> samples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path samples = dir.resolve("samples");
            if (Files.isDirectory(samples.resolve("expected"))) {
                try (Stream<Path> files = Files.list(samples)) {
                    return files.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("no samples/expected above " + Path.of("").toAbsolutePath());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theSampleReportsComeBackUnchanged(Path sample) throws IOException, Rejection {
        String text = Files.readString(sample, StandardCharsets.UTF_8);

        Envelope envelope = reader.unwrap(text);

        assertThat(envelope.layers()).isEmpty();
        assertThat(envelope.body()).isEqualTo(text.replace("\r\n", "\n").replace('\r', '\n'));
        assertThat(envelope.description()).isNull();
    }
}
