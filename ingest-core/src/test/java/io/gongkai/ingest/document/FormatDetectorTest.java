package io.gongkai.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatDetectorTest {

    @Test
    void theFileNameIsPreferredToTheContentType() {
        assertThat(FormatDetector.claimed(new Document(new byte[1], "Report.PDF", "text/html")))
                .isEqualTo(new FormatDetector.Claim(DocumentFormat.PDF, "file name 'Report.PDF'"));
        assertThat(FormatDetector.claimed(new Document(new byte[1], "report", "text/html; charset=gb2312")))
                .isEqualTo(new FormatDetector.Claim(DocumentFormat.HTML, "content type 'text/html; charset=gb2312'"));
        assertThat(FormatDetector.claimed(new Document(new byte[1], "report.bin", "application/octet-stream")))
                .isNull();
    }

    @Test
    void htmlByDocumentTagsOrByAnyTagWhenTheSenderSaysHtml() {
        FormatDetector.Claim html = new FormatDetector.Claim(DocumentFormat.HTML, "content type 'text/html'");

        assertThat(FormatDetector.isHtml("\n<!doctype html><p>x</p>", null)).isTrue();
        assertThat(FormatDetector.isHtml("<TABLE border=1><tr><td>x</td></tr></TABLE>", null)).isTrue();
        assertThat(FormatDetector.isHtml("<p>一、总体情况</p>", null)).isFalse();
        assertThat(FormatDetector.isHtml("<p>一、总体情况</p>", html)).isTrue();
        assertThat(FormatDetector.isHtml("一、总体情况：若 a < b 且 c > d", html)).isFalse();
    }
}
