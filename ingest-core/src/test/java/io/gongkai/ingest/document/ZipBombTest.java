package io.gongkai.ingest.document;

import io.gongkai.events.RejectionReason;
import io.gongkai.ingest.rejection.Rejection;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A .docx that would inflate past the budget is TOO_LARGE before POI opens it, though each of its entries passes
 * POI's own per-entry guard (it inflates less than 100 times); so is one with too many entries.
 */
class ZipBombTest {

    private static final int MAX_BYTES = 1024 * 1024;
    private final DocumentReader reader = new DocumentReader(MAX_BYTES);

    @Test
    void entriesThatEachPassPoisGuardButTogetherInflatePastTheBudgetAreTooLarge() throws IOException {
        byte[] bomb = docx(6, 1024 * 1024, 1);

        Rejection rejection = catchThrowableOfType(Rejection.class,
                () -> reader.read(new Document(bomb, "bomb.docx", null)));

        assertThat(bomb.length).isLessThan(MAX_BYTES);
        assertThat(rejection.reason()).isEqualTo(RejectionReason.TOO_LARGE);
        assertThat(rejection.detail()).contains("inflates to more than " + 4 * MAX_BYTES + " bytes", "zip bomb");
        assertThat(rejection.location()).startsWith("word/media/");
    }

    @Test
    void tooManyEntriesAreTooLarge() throws IOException {
        byte[] bomb = docx(ZipBudget.MAX_ENTRIES + 1, 10, 1);

        Rejection rejection = catchThrowableOfType(Rejection.class,
                () -> reader.read(new Document(bomb, "entries.docx", null)));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.TOO_LARGE);
        assertThat(rejection.detail()).contains("more than " + ZipBudget.MAX_ENTRIES + " entries");
    }

    @Test
    void aRealDocxIsWellWithinTheBudget() throws Rejection {
        byte[] docx = DocxFixture.docx(Seeds.blocks(Seeds.text("001")));

        assertThat(reader.read(new Document(docx, "001.docx", null))).contains("本年新收政府信息公开申请数量");
    }

    /**
     * A package with a minimal Word document and {@code entries} media entries of {@code size} bytes each: text that
     * compresses about twentyfold, so every entry passes POI's ratio guard.
     */
    private static byte[] docx(int entries, int size, long seed) throws IOException {
        Random random = new Random(seed);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            for (int e = 0; e < entries; e++) {
                zip.putNextEntry(new ZipEntry("word/media/part" + e + ".xml"));
                byte[] text = new byte[size];
                for (int i = 0; i < size; i++) {
                    text[i] = (byte) (random.nextInt(40) == 0 ? 'a' + random.nextInt(26) : ' ');
                }
                zip.write(text);
            }
        }
        return bytes.toByteArray();
    }
}
