package io.gongkai.ingest.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Writes PDFs with Apache PDFBox: a text's lines with an embedded CJK TrueType font (table rows with
 * their cells set apart on the line), a scan-like page that is only an image, and encrypted files.
 */
final class PdfFixture {

    /** The Debian packages whose fonts {@link #cjkFont()} looks for; CI installs them. */
    static final String FONT_PACKAGES_FILE = "REQUIRED_DEBIAN_PACKAGES";

    private static final Set<String> CJK_TRUETYPE_FONTS = Set.of(
            "wqy-microhei.ttc", "wqy-zenhei.ttc", "DroidSansFallbackFull.ttf", "DroidSansFallback.ttf");
    private static final float FONT_SIZE = 9;
    private static final float LEADING = 14;
    private static final float MARGIN = 36;
    private static final int LINES_PER_PAGE = 50;

    private PdfFixture() {
    }

    /** A CJK TrueType font on this machine (from the packages in {@value #FONT_PACKAGES_FILE}), if any. */
    static Optional<Path> cjkFont() {
        for (String root : List.of("/usr/share/fonts", "/usr/local/share/fonts")) {
            Path dir = Path.of(root);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                Optional<Path> font = files.filter(f -> CJK_TRUETYPE_FONTS.contains(f.getFileName().toString()))
                        .sorted()
                        .findFirst();
                if (font.isPresent()) {
                    return font;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    /** The lines as text on pages; a line holding tabs is a table row, its cells spaced apart. */
    static byte[] textPdf(List<String> lines, Path fontFile) throws IOException {
        try (PDDocument document = new PDDocument(); FontFile font = FontFile.open(fontFile)) {
            PDType0Font pdfFont = PDType0Font.load(document, font.trueType(), true);
            float gap = 2 * FONT_SIZE;
            float width = PDRectangle.A4.getWidth();
            for (String line : lines) {
                float lineWidth = 2 * MARGIN;
                for (String cell : line.split("\t")) {
                    lineWidth += pdfFont.getStringWidth(cell) / 1000 * FONT_SIZE + gap;
                }
                width = Math.max(width, lineWidth);
            }
            for (int start = 0; start < lines.size(); start += LINES_PER_PAGE) {
                PDPage page = new PDPage(new PDRectangle(width, PDRectangle.A4.getHeight()));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = page.getMediaBox().getHeight() - MARGIN;
                    for (String line : lines.subList(start, Math.min(lines.size(), start + LINES_PER_PAGE))) {
                        float x = MARGIN;
                        for (String cell : line.split("\t")) {
                            if (!cell.isEmpty()) {
                                content.beginText();
                                content.setFont(pdfFont, FONT_SIZE);
                                content.newLineAtOffset(x, y);
                                content.showText(cell);
                                content.endText();
                            }
                            x += pdfFont.getStringWidth(cell) / 1000 * FONT_SIZE + gap;
                        }
                        y -= LEADING;
                    }
                }
            }
            return save(document);
        }
    }

    /** One page that is only a picture, as a scanner makes it: no text layer. */
    static byte[] scannedPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            scan.getGraphics().drawString("scan", 20, 50);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, scan), MARGIN, 500);
            }
            return save(document);
        }
    }

    /** A one-line Latin PDF, encrypted: with a user password it cannot be opened without it. */
    static byte[] encryptedPdf(String text, String userPassword) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(MARGIN, 700);
                content.showText(text);
                content.endText();
            }
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    }

    /** A TrueType font file or the first font of a collection, open until closed. */
    private record FontFile(TrueTypeFont trueType, Closeable owner) implements Closeable {

        static FontFile open(Path file) throws IOException {
            if (file.getFileName().toString().endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                List<TrueTypeFont> fonts = new ArrayList<>();
                collection.processAllFonts(fonts::add);
                return new FontFile(fonts.get(0), collection);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            return new FontFile(font, font);
        }

        @Override
        public void close() throws IOException {
            owner.close();
        }
    }
}
