package io.gongkai.ingest.document;

import io.gongkai.ingest.rejection.Rejection;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text layer of a PDF with Apache PDFBox: {@link PDFTextStripper}, sorted by position, one
 * line per text line. Tables come out as lines of words separated by spaces: a PDF has no table
 * structure to recover. No OCR.
 *
 * <p>Rejected as UNREADABLE: a PDF that needs a password to open ("encrypted"; one that only restricts
 * copying or printing opens and is read); one without pages; one without a text layer (a scan).
 */
final class PdfReader {

    String read(byte[] content) throws Rejection {
        try (PDDocument document = Loader.loadPDF(content)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw Unreadable.rejection("a PDF without pages (corrupt or truncated?)", null);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            String text = stripper.getText(document);
            if (text.isBlank()) {
                throw Unreadable.rejection("no text layer (scanned?) on any of its " + pages
                        + " page(s); OCR is not supported", null);
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw Unreadable.rejection("encrypted PDF: it needs a password to open", e);
        } catch (IOException | RuntimeException e) {
            throw Unreadable.rejection("corrupt or truncated PDF: " + Unreadable.reason(e), e);
        }
    }
}
