package io.gongkai.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gongkai.ingest.rejection.Rejection;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain text in the encodings scrapers deliver reads back as the same text. */
class TextDecodingTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");
    private final DocumentReader reader = new DocumentReader(16 * 1024 * 1024);

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void utf8PassesThroughUnchanged(String seed) throws Rejection {
        String text = Seeds.text(seed);

        assertThat(read(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void gb18030ReadsAsTheUtf8Text(String seed) throws Rejection {
        String text = Seeds.text(seed);

        assertThat(read(text.getBytes(GB18030))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void gbkReadsAsTheUtf8Text(String seed) throws Rejection {
        String text = Seeds.text(seed);
        assumeTrue(GBK.newEncoder().canEncode(text), "seed " + seed + " has characters GBK cannot encode");

        assertThat(read(text.getBytes(GBK))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"001", "003"})
    void byteOrderMarksDecideAndAreDropped(String seed) throws Rejection {
        String text = Seeds.text(seed);

        assertThat(read(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text, StandardCharsets.UTF_8)))
                .isEqualTo(text);
        assertThat(read(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, text, StandardCharsets.UTF_16BE)))
                .isEqualTo(text);
        assertThat(read(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, text, StandardCharsets.UTF_16LE)))
                .isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\r"})
    void lineEndingsBecomeNewlines(String ending) throws Rejection {
        String text = Seeds.text("001");

        assertThat(read(text.replace("\n", ending).getBytes(GB18030))).isEqualTo(text);
    }

    private String read(byte[] bytes) throws Rejection {
        return reader.read(new Document(bytes, "report.txt", "text/plain"));
    }

    private static byte[] withBom(byte[] bom, String text, Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(bom);
        bytes.writeBytes(text.getBytes(charset));
        return bytes.toByteArray();
    }
}
