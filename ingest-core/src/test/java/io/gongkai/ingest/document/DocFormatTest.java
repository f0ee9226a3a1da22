package io.gongkai.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gongkai.events.RejectionReason;
import io.gongkai.ingest.rejection.Rejection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Random;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/**
 * The Word 97–2003 path's edges: detection by the OLE2 signature and every way an OLE2 file is turned
 * away (encrypted .docx, OLE2 without a WordDocument stream, a corrupt WordDocument stream, a
 * truncated container), all made with POI's own POIFS and encryption writers. A real .doc is read in
 * {@link DocRoundTripTest}.
 */
class DocFormatTest {

    private final DocumentReader reader = new DocumentReader(16 * 1024 * 1024);

    @Test
    void ole2SignatureMeansDocWhateverTheName() throws IOException, Rejection {
        byte[] ole2 = ole2(null);

        assertThat(FormatDetector.bySignature(ole2)).isEqualTo(DocumentFormat.DOC);
        assertThat(rejection(ole2, "report.txt").detail()).contains("without a WordDocument stream");
    }

    @Test
    void ole2WithoutAWordDocumentStream() throws IOException {
        Rejection rejection = rejection(ole2(null), "report.doc");

        assertThat(rejection.reason()).isEqualTo(RejectionReason.UNREADABLE);
        assertThat(rejection.detail()).isEqualTo(
                "an OLE2 file without a WordDocument stream (an .xls, .ppt or .msg?): not a Word .doc");
    }

    @Test
    void corruptWordDocumentStream() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(97L).nextBytes(garbage);

        Rejection rejection = rejection(ole2(garbage), "report.doc");

        assertThat(rejection.reason()).isEqualTo(RejectionReason.UNREADABLE);
        assertThat(rejection.detail()).startsWith("corrupt or truncated .doc: ");
    }

    @Test
    void truncatedOle2Container() throws IOException {
        byte[] ole2 = ole2(new byte[4096]);

        Rejection rejection = rejection(Arrays.copyOf(ole2, 600), "report.doc");

        assertThat(rejection.reason()).isEqualTo(RejectionReason.UNREADABLE);
        assertThat(rejection.detail()).startsWith("corrupt or truncated .doc: ");
    }

    @Test
    void passwordProtectedDocxIsAnEncryptedOle2File() throws IOException, GeneralSecurityException {
        byte[] docx = DocxFixture.docx(Seeds.blocks(Seeds.text("001")));
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(container)) {
                out.write(docx);
            }
            container.writeFilesystem(encrypted);
        }

        Rejection rejection = rejection(encrypted.toByteArray(), "report.docx");

        assertThat(rejection.reason()).isEqualTo(RejectionReason.UNREADABLE);
        assertThat(rejection.detail()).contains("encrypted");
    }

    /** An OLE2 container, with a WordDocument stream holding {@code wordDocument} unless that is null. */
    private static byte[] ole2(byte[] wordDocument) throws IOException {
        try (POIFSFileSystem container = new POIFSFileSystem(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            container.createDocument(new ByteArrayInputStream(new byte[] {1, 2, 3}), "SummaryInformation");
            if (wordDocument != null) {
                container.createDocument(new ByteArrayInputStream(wordDocument), "WordDocument");
            }
            container.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    private Rejection rejection(byte[] content, String fileName) {
        Rejection rejection = catchThrowableOfType(Rejection.class,
                () -> reader.read(new Document(content, fileName, null)));
        assertThat(rejection).as("a rejection").isNotNull();
        return rejection;
    }
}
