package io.gongkai.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gongkai.ingest.parse.ParsedDocument;
import io.gongkai.ingest.parse.ReportParser;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Word 97–2003 .doc must parse like the text it came from. POI cannot write a .doc, so seed 001's .docx (its
 * merged cells and all, as {@link DocxFixture} writes it) is saved as a .doc by LibreOffice, the converter Debian
 * packages as {@code libreoffice-writer-nogui} (listed in {@code REQUIRED_DEBIAN_PACKAGES}, which {@code .ci/run}
 * installs). Where {@code soffice} is not installed the test is skipped, and says so.
 */
class DocRoundTripTest {

    private static final String SEED = Seeds.text("001");
    private static final long CONVERSION_MINUTES = 3;

    @TempDir
    Path directory;

    @Test
    void aDocSavedByLibreOfficeParsesToTheSeedsCells() throws Exception {
        Optional<Path> soffice = onPath("soffice");
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed: install the Debian packages in "
                + "src/test/resources/io/gongkai/ingest/document/REQUIRED_DEBIAN_PACKAGES");
        Path docx = directory.resolve("report.docx");
        Files.write(docx, DocxFixture.docx(Seeds.blocks(SEED)));

        byte[] doc = Files.readAllBytes(saveAsDoc(soffice.get(), docx));
        String text = new DocumentReader(16 * 1024 * 1024).read(new Document(doc, "report.doc", "application/msword"));

        assertThat(FormatDetector.bySignature(doc)).isEqualTo(DocumentFormat.DOC);
        ReportParser parser = new ReportParser();
        ParsedDocument fromDoc = parser.parse(text);
        ParsedDocument fromSeed = parser.parse(SEED);
        assertThat(fromDoc.cells()).hasSize(fromSeed.cells().size()).isEqualTo(fromSeed.cells());
        assertThat(fromDoc.organ()).isEqualTo(fromSeed.organ());
        assertThat(fromDoc.year()).isEqualTo(fromSeed.year());
        assertThat(fromDoc.layout()).isEqualTo(fromSeed.layout());
        assertThat(fromDoc.narrative()).isEqualTo(fromSeed.narrative());
    }

    /** Runs LibreOffice headless, with a profile of its own in the test's directory, and returns the .doc. */
    private Path saveAsDoc(Path soffice, Path docx) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + directory.resolve("profile").toUri(),
                "--convert-to", "doc:MS Word 97", "--outdir", directory.toString(), docx.toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("soffice.log").toFile())
                .start();
        if (!process.waitFor(CONVERSION_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("soffice did not convert " + docx + " within " + CONVERSION_MINUTES
                    + " minutes");
        }
        Path doc = directory.resolve("report.doc");
        if (process.exitValue() != 0 || !Files.isRegularFile(doc)) {
            throw new IllegalStateException("soffice could not convert " + docx + " (exit " + process.exitValue()
                    + "): " + Files.readString(directory.resolve("soffice.log")));
        }
        return doc;
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .map(entry -> Path.of(entry, command))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
