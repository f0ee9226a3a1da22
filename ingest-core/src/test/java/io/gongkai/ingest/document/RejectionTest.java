package io.gongkai.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gongkai.events.RejectionReason;
import io.gongkai.ingest.rejection.Rejection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The bad-input corpus: each document is rejected with its reason and a detail that says why. */
class RejectionTest {

    private static final int MAX_BYTES = 16 * 1024 * 1024;
    private final DocumentReader reader = new DocumentReader(MAX_BYTES);

    @Test
    void emptyDocument() {
        assertThat(rejection(new byte[0], "report.txt", null))
                .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectionReason.UNREADABLE))
                .satisfies(r -> assertThat(r.detail()).contains("empty document"));
    }

    @Test
    void whitespaceOnlyDocument() {
        byte[] blank = " \n\t\r\n\u3000 \n".getBytes(StandardCharsets.UTF_8);

        assertThat(rejection(blank, null, null))
                .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectionReason.UNREADABLE))
                .satisfies(r -> assertThat(r.detail()).contains("empty document"));
    }

    @Test
    void binaryNoise() {
        byte[] noise = new byte[64 * 1024];
        new Random(20240126L).nextBytes(noise);

        assertThat(rejection(noise, "report.txt", "text/plain"))
                .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectionReason.UNREADABLE))
                .satisfies(r -> assertThat(r.detail()).contains("binary data, not text"));
    }

    @Test
    void truncatedDocx() {
        byte[] docx = DocxFixture.docx(Seeds.blocks(Seeds.text("001")));
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);

        assertThat(rejection(truncated, "report.docx", null))
                .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectionReason.UNREADABLE))
                .satisfies(r -> assertThat(r.detail()).startsWith("corrupt or truncated .docx: "));
    }

    @Test
    void aDocxOneEntryOfWhichInflatesAThousandfoldIsTooLarge() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                out.write(spaces);
            }
        }

        assertThat(rejection(zip.toByteArray(), "report.docx", null))
                .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectionReason.TOO_LARGE))
                .satisfies(r -> assertThat(r.detail()).contains("times its", "zip bomb"))
                .satisfies(r -> assertThat(r.location()).isEqualTo("word/document.xml"));
    }

    @Test
    void zipThatIsNotADocx() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("xl/workbook.xml"));
            out.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(rejection(zip.toByteArray(), "report.docx", null))
                .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectionReason.UNREADABLE))
                .satisfies(r -> assertThat(r.detail()).contains("not a Word .docx"));
    }

    @Test
    void pdfThatNeedsAPassword() throws IOException {
        byte[] pdf = PdfFixture.encryptedPdf("Annual report 2023", "user-secret");

        assertThat(rejection(pdf, "report.pdf", "application/pdf"))
                .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectionReason.UNREADABLE))
                .satisfies(r -> assertThat(r.detail()).contains("encrypted"));
    }

    @Test
    void pdfThatOnlyRestrictsCopyingIsRead() throws IOException, Rejection {
        byte[] pdf = PdfFixture.encryptedPdf("Annual report 2023", "");

        assertThat(reader.read(new Document(pdf, "report.pdf", null))).contains("Annual report 2023");
    }

    @Test
    void pdfWithoutATextLayer() throws IOException {
        assertThat(rejection(PdfFixture.scannedPdf(), "report.pdf", null))
                .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectionReason.UNREADABLE))
                .satisfies(r -> assertThat(r.detail())
                        .contains("no text layer (scanned?)", "OCR is not supported"));
    }

    @Test
    void truncatedPdf() throws IOException {
        byte[] pdf = PdfFixture.scannedPdf();

        assertThat(rejection(Arrays.copyOf(pdf, 40), "report.pdf", null))
                .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectionReason.UNREADABLE));
    }

    @Test
    void documentOverTheLimitIsRejectedBeforeParsing() {
        byte[] fiftyMegabytes = new byte[50 * 1000 * 1000];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, fiftyMegabytes, 0, 9);

        assertThat(rejection(fiftyMegabytes, "report.pdf", "application/pdf"))
                .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectionReason.TOO_LARGE))
                .satisfies(r -> assertThat(r.detail())
                        .isEqualTo("the document is 50000000 bytes; at most 16777216 are accepted"));
    }

    @Test
    void docxNameOnPlainText() {
        byte[] text = Seeds.text("001").getBytes(StandardCharsets.UTF_8);

        assertThat(rejection(text, "2023年年度报告.docx", "text/plain"))
                .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectionReason.UNREADABLE))
                .satisfies(r -> assertThat(r.detail()).isEqualTo(
                        "the file name '2023年年度报告.docx' says Word .docx, but the bytes are text "
                                + "(no Word .docx signature)"));
    }

    @Test
    void docContentTypeOnHtml() {
        byte[] html = "<html><body><p>报告</p></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThat(rejection(html, null, "application/msword"))
                .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectionReason.UNREADABLE))
                .satisfies(r -> assertThat(r.detail()).contains("content type 'application/msword' says Word .doc"));
    }

    @Test
    void spanBombInHtmlIsStoppedByTheTextLimit() {
        String row = "<tr><td colspan=\"1000\">x</td></tr>";
        byte[] html = ("<table>" + row.repeat(2000) + "</table>").getBytes(StandardCharsets.UTF_8);

        Rejection rejection = catchThrowableOfType(Rejection.class,
                () -> new DocumentReader(html.length).read(new Document(html, "bomb.html", null)));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.TOO_LARGE);
        assertThat(rejection.detail()).contains("a table would exceed");
        assertThat(rejection.location()).isEqualTo("table 1");
    }

    private Rejection rejection(byte[] content, String fileName, String contentType) {
        Rejection rejection = catchThrowableOfType(Rejection.class,
                () -> reader.read(new Document(content, fileName, contentType)));
        assertThat(rejection).as("a rejection").isNotNull();
        return rejection;
    }
}
