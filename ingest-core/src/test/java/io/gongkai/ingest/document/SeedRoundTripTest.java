package io.gongkai.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gongkai.ingest.rejection.Rejection;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Seed 001, written back into the formats it was converted from — an HTML page and a .docx, both
 * with the form's merged cells, and a PDF — must read back as the seed's own text.
 */
class SeedRoundTripTest {

    private static final String SEED = Seeds.text("001");
    private static final List<Seeds.Block> BLOCKS = Seeds.blocks(SEED);
    private final DocumentReader reader = new DocumentReader(16 * 1024 * 1024);

    @Test
    void seedHasTheTablesTheFixturesMerge() {
        assertThat(BLOCKS).filteredOn(Seeds.Table.class::isInstance).hasSize(3);
        assertThat(Seeds.tabRows(SEED)).hasSize(46);
    }

    @Test
    void htmlWithColspanRowspanAndNbspReadsBackAsTheSeedsRows() throws Rejection {
        String html = HtmlFixture.page(BLOCKS);
        assertThat(html).contains("colspan=\"4\"", "rowspan=\"20\"", "colspan=\"2\" rowspan=\"3\"", "&nbsp;", "<br>");

        String text = reader.read(new Document(html.getBytes(StandardCharsets.UTF_8), "report.html", "text/html"));

        assertThat(Seeds.tabRows(text)).containsExactlyElementsOf(Seeds.tabRows(SEED));
        assertThat(Seeds.nonBlankLines(text)).containsExactlyElementsOf(Seeds.nonBlankLines(SEED));
        assertThat(text).doesNotContain(HtmlFixture.SCRIPT_TEXT, HtmlFixture.NAV_TEXT, "td {");
        assertEveryTableEndsWithABlankLine(text);
    }

    @Test
    void htmlIsRecognisedByItsMarkupWithoutAnyHint() throws Rejection {
        byte[] html = HtmlFixture.page(BLOCKS).getBytes(StandardCharsets.UTF_8);

        String text = reader.read(new Document(html, null, null));

        assertThat(Seeds.tabRows(text)).containsExactlyElementsOf(Seeds.tabRows(SEED));
    }

    @Test
    void docxWithGridSpanAndVMergeReadsBackAsTheSeedsRows() throws Rejection {
        byte[] docx = DocxFixture.docx(BLOCKS);

        String text = reader.read(new Document(docx, "report.docx", null));

        assertThat(Seeds.tabRows(text)).containsExactlyElementsOf(Seeds.tabRows(SEED));
        assertThat(Seeds.nonBlankLines(text)).containsExactlyElementsOf(Seeds.nonBlankLines(SEED));
        assertEveryTableEndsWithABlankLine(text);
    }

    @Test
    void docxIsRecognisedByItsBytesWhateverItIsCalled() throws Rejection {
        byte[] docx = DocxFixture.docx(BLOCKS);

        String text = reader.read(new Document(docx, "report.doc", "application/octet-stream"));

        assertThat(Seeds.tabRows(text)).containsExactlyElementsOf(Seeds.tabRows(SEED));
    }

    @Test
    void pdfTextLayerReadsBackWithTheSeedsLinesAndNumbers() throws IOException, Rejection {
        Optional<Path> font = PdfFixture.cjkFont();
        assumeTrue(font.isPresent(), "no CJK TrueType font on this machine: install the Debian packages in "
                + "src/test/resources/io/gongkai/ingest/document/" + PdfFixture.FONT_PACKAGES_FILE);
        byte[] pdf = PdfFixture.textPdf(Seeds.nonBlankLines(SEED), font.get());

        String text = reader.read(new Document(pdf, "report.pdf", "application/pdf"));

        assertThat(text.lines().map(String::strip)).contains(
                "西工区唐宫街道办事处 2023 年政府信息公开工作年度报告",
                "一、总体情况",
                "二、主动公开政府信息情况",
                "第二十条第（一）项",
                "信息内容 本年制发件数 本年废止件数 现行有效件数",
                "规章 0 0 0",
                "三、收到和处理政府信息公开申请情况",
                "一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0",
                "四、政府信息公开行政复议、行政诉讼情况",
                "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0");
        assertThat(text).contains("本年度我办微信平台公众号共主动更新工作动态信息 199 条");
    }

    @Test
    void oneReaderServesManyThreadsAtOnce() throws Exception {
        byte[] html = HtmlFixture.page(BLOCKS).getBytes(StandardCharsets.UTF_8);
        byte[] docx = DocxFixture.docx(BLOCKS);
        byte[] gb18030 = SEED.getBytes(Charset.forName("GB18030"));
        List<Callable<List<List<String>>>> reads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            reads.add(() -> Seeds.tabRows(reader.read(new Document(html, null, null))));
            reads.add(() -> Seeds.tabRows(reader.read(new Document(docx, null, null))));
            reads.add(() -> Seeds.tabRows(reader.read(new Document(gb18030, null, null))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<List<List<String>>> rows : pool.invokeAll(reads)) {
                assertThat(rows.get()).containsExactlyElementsOf(Seeds.tabRows(SEED));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertEveryTableEndsWithABlankLine(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\t")) {
                assertThat(i + 1).as("a line follows table row %d", i + 1).isLessThan(lines.size());
                String next = lines.get(i + 1);
                assertThat(next.contains("\t") || next.isEmpty()).as("after row: %s", next).isTrue();
            }
        }
    }
}
