package io.gongkai.ingest.document;

import io.gongkai.ingest.rejection.Rejection;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a document's format, trusting the bytes before what the sender said.
 *
 * <ol>
 *   <li>Signatures: {@code %PDF-} in the first 1024 bytes is a PDF; a zip ({@code PK\3\4}) naming an
 *       entry {@code word/document.xml} is a .docx (any other zip is rejected); the OLE2 compound-file
 *       signature {@code D0 CF 11 E0 A1 B1 1A E1} is a .doc (or another OLE2 file, which the .doc reader
 *       tells apart). A signature wins over the file name and content type, which are often wrong.</li>
 *   <li>Bytes without a signature are text. If the file name or content type claims PDF, .docx or .doc,
 *       the document is rejected naming the mismatch: such a claim on text means a broken or mislabeled
 *       delivery, not a report to read as text.</li>
 *   <li>Text is HTML when a document-level tag ({@code <!DOCTYPE html}, {@code <html}, {@code <head},
 *       {@code <body}, {@code <table}) appears near its start; when the file name or content type says
 *       HTML, any element tag near the start suffices (a page fragment). Otherwise it is plain text.</li>
 * </ol>
 *
 * <p>The file name's extension is preferred to the content type, which servers often send generically
 * ({@code application/octet-stream}) or wrongly.
 */
final class FormatDetector {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC =
            {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] DOCX_MAIN_PART = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
    private static final int SNIFF_CHARS = 1024;
    private static final Pattern HTML_DOCUMENT_TAG =
            Pattern.compile("<(!doctype\\s+html|html|head|body|table)[\\s>/]", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_ELEMENT_TAG = Pattern.compile("<[a-zA-Z][a-zA-Z0-9]*[\\s>/]");

    private FormatDetector() {
    }

    /** What the file name or content type says the document is, and which of the two said it. */
    record Claim(DocumentFormat format, String source) {
    }

    /**
     * The format the bytes announce by their signature, or null when they have none (text).
     *
     * @throws Rejection a zip archive that is not a .docx
     */
    static DocumentFormat bySignature(byte[] bytes) throws Rejection {
        if (indexOf(bytes, PDF_MAGIC, Math.min(bytes.length, SNIFF_CHARS)) >= 0) {
            return DocumentFormat.PDF;
        }
        if (startsWith(bytes, ZIP_MAGIC)) {
            if (indexOf(bytes, DOCX_MAIN_PART, bytes.length) < 0) {
                throw Unreadable.rejection("a zip archive without a word/document.xml entry: not a Word .docx");
            }
            return DocumentFormat.DOCX;
        }
        if (startsWith(bytes, OLE2_MAGIC)) {
            return DocumentFormat.DOC;
        }
        return null;
    }

    /** What the sender claims, from the file name's extension, else the content type; null if neither. */
    static Claim claimed(Document document) {
        String name = document.fileName();
        if (name != null) {
            DocumentFormat byName = byExtension(name.strip().toLowerCase(Locale.ROOT));
            if (byName != null) {
                return new Claim(byName, "file name '" + name.strip() + "'");
            }
        }
        String type = document.contentType();
        if (type != null) {
            DocumentFormat byType = byContentType(type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
            if (byType != null) {
                return new Claim(byType, "content type '" + type.strip() + "'");
            }
        }
        return null;
    }

    /** Whether decoded text is HTML (see the class rule). */
    static boolean isHtml(String text, Claim claim) {
        String start = text.substring(0, Math.min(text.length(), SNIFF_CHARS));
        if (start.indexOf('<') < 0) {
            return false;
        }
        if (HTML_DOCUMENT_TAG.matcher(start).find()) {
            return true;
        }
        return claim != null && claim.format() == DocumentFormat.HTML && ANY_ELEMENT_TAG.matcher(start).find();
    }

    private static DocumentFormat byExtension(String name) {
        if (name.endsWith(".pdf")) {
            return DocumentFormat.PDF;
        }
        if (name.endsWith(".docx")) {
            return DocumentFormat.DOCX;
        }
        if (name.endsWith(".doc")) {
            return DocumentFormat.DOC;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".shtml") || name.endsWith(".xhtml")) {
            return DocumentFormat.HTML;
        }
        if (name.endsWith(".txt")) {
            return DocumentFormat.TEXT;
        }
        return null;
    }

    private static DocumentFormat byContentType(String type) {
        return switch (type) {
            case "application/pdf" -> DocumentFormat.PDF;
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> DocumentFormat.DOCX;
            case "application/msword" -> DocumentFormat.DOC;
            case "text/html", "application/xhtml+xml" -> DocumentFormat.HTML;
            case "text/plain" -> DocumentFormat.TEXT;
            default -> null;
        };
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && indexOf(bytes, prefix, prefix.length) == 0;
    }

    /** The first index of {@code pattern} lying wholly within {@code bytes[0, limit)}, or -1. */
    private static int indexOf(byte[] bytes, byte[] pattern, int limit) {
        outer:
        for (int i = 0; i + pattern.length <= limit; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
