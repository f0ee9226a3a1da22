package io.gongkai.ingest.document;

import io.gongkai.events.RejectionReason;
import io.gongkai.ingest.rejection.Rejection;

import java.nio.charset.StandardCharsets;

/**
 * Turns a delivered document — plain text, HTML, Word .docx, Word .doc or PDF — into the text the
 * report parser reads, or rejects it.
 *
 * <h2>Output contract</h2>
 * <ul>
 *   <li>Lines end with {@code \n} (never {@code \r}).</li>
 *   <li>Plain text passes through as it is, decoded ({@link TextDecoder}: UTF-8 or GB18030, UTF-16
 *       with a byte-order mark), its line endings normalised and nothing else changed.</li>
 *   <li>HTML, .docx and .doc: each paragraph (heading, list item, block) is one line, trimmed, with
 *       runs of spaces reduced to one; blank paragraphs are dropped.</li>
 *   <li>Every table row is one line: its cells in grid order joined by {@code \t}; a cell spanning
 *       n columns is followed by n−1 empty cells; the continuation of a vertically merged cell
 *       (rowspan, vMerge) is an empty cell; blank cells (including {@code &nbsp;}) are empty; a line
 *       break inside a cell is a space; every row of a table has the same number of cells. A blank
 *       line follows each table. ({@link TableGrid}, {@link TextOutput}; the .doc format has no
 *       column grid, see {@link DocReader}.)</li>
 *   <li>PDF: the text layer, line by line in reading position; table cells are separated by spaces.</li>
 * </ul>
 * The format is told by {@link FormatDetector}: the bytes' signature first, the file name and
 * content type as hints.
 *
 * <h2>Rejections</h2>
 * TOO_LARGE when the document is over {@code maxBytes} (checked before anything is parsed), a .docx
 * inflates to more than {@value #INFLATED_PER_BYTE} bytes per allowed byte or holds too many entries
 * ({@link ZipBudget}: a zip bomb), or its extracted text would exceed {@value #TEXT_CHARS_PER_BYTE}
 * characters per allowed byte (a span or compression bomb). UNREADABLE, with a detail naming what is wrong: an empty or whitespace-only
 * document; binary noise (over {@value #MAX_NOISE_PERCENT}% of the characters control, private-use or
 * undecodable); a Word or PDF file name or content type on bytes that are text; an encrypted, corrupt
 * or truncated file, with the library's reason; a PDF without a text layer. No library exception
 * escapes other than as a {@link Rejection}.
 *
 * <p>Thread-safe: it holds no state beyond its limit, and every read uses fresh library objects.
 */
public final class DocumentReader {

    static final int TEXT_CHARS_PER_BYTE = 4;
    static final int INFLATED_PER_BYTE = 4;
    static final int MAX_NOISE_PERCENT = 5;

    /** {@link #isNoise} of every char of the Basic Multilingual Plane, looked up once: a lone surrogate is noise. */
    private static final boolean[] BMP_NOISE = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            BMP_NOISE[c] = isNoise(c);
        }
    }

    private final int maxBytes;
    private final HtmlReader html = new HtmlReader();
    private final DocxReader docx = new DocxReader();
    private final DocReader doc = new DocReader();
    private final PdfReader pdf = new PdfReader();

    /** @param maxBytes the largest document accepted, in bytes (the raw topic allows 16 MiB) */
    public DocumentReader(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * The document's text, in the layout described on this class.
     *
     * @throws Rejection TOO_LARGE or UNREADABLE, as described on this class
     */
    public String read(Document document) throws Rejection {
        byte[] bytes = document.content();
        if (bytes == null || bytes.length == 0) {
            throw Unreadable.rejection("empty document (0 bytes)");
        }
        if (bytes.length > maxBytes) {
            throw new Rejection(RejectionReason.TOO_LARGE,
                    "the document is " + bytes.length + " bytes; at most " + maxBytes + " are accepted", null);
        }
        DocumentFormat format = FormatDetector.bySignature(bytes);
        String decoded = null;
        if (format == null) {
            FormatDetector.Claim claim = FormatDetector.claimed(document);
            if (claim != null && claim.format().binary()) {
                throw Unreadable.rejection("the " + claim.source() + " says " + claim.format().label()
                        + ", but the bytes are text (no " + claim.format().label() + " signature)");
            }
            decoded = TextDecoder.decode(bytes);
            format = FormatDetector.isHtml(decoded, claim) ? DocumentFormat.HTML : DocumentFormat.TEXT;
        }
        String text;
        try {
            text = extract(format, bytes, decoded);
        } catch (TextOutput.LimitExceeded e) {
            throw new Rejection(RejectionReason.TOO_LARGE, e.getMessage(), e.where());
        } catch (RuntimeException | StackOverflowError e) {
            throw Unreadable.rejection("could not read the " + format.label() + ": " + Unreadable.reason(e), e);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw Unreadable.rejection(format == DocumentFormat.TEXT ? "empty document (whitespace only)"
                    : "empty document: the " + format.label() + " holds no text");
        }
        rejectNoise(text, format);
        return text;
    }

    /**
     * The text of a document that came inside another (a scraper record's body field): HTML markup, a page or a
     * fragment, is read as HTML; any other text is returned as it is.
     *
     * @throws Rejection TOO_LARGE or UNREADABLE, as {@link #read} would
     */
    public String readInner(String text) throws Rejection {
        if (!FormatDetector.isHtml(text, new FormatDetector.Claim(DocumentFormat.HTML, "envelope"))) {
            return text;
        }
        return read(new Document(text.getBytes(StandardCharsets.UTF_8), null, "text/html"));
    }

    private String extract(DocumentFormat format, byte[] bytes, String decoded) throws Rejection {
        if (format == DocumentFormat.TEXT) {
            return decoded;
        }
        if (format == DocumentFormat.PDF) {
            return pdf.read(bytes);
        }
        TextOutput out = newOutput();
        switch (format) {
            case HTML -> html.read(decoded, out);
            case DOCX -> {
                ZipBudget.check(bytes, (long) INFLATED_PER_BYTE * maxBytes);
                docx.read(bytes, out);
            }
            case DOC -> doc.read(bytes, out);
            default -> throw new IllegalStateException(format + " is not read through TextOutput");
        }
        return out.text();
    }

    private TextOutput newOutput() {
        return new TextOutput((long) TEXT_CHARS_PER_BYTE * maxBytes);
    }

    private static void rejectNoise(String text, DocumentFormat format) throws Rejection {
        long characters = 0;
        long noise = 0;
        char[] chars = text.toCharArray();
        int n = chars.length;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            characters++;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])) {
                if (isNoise(Character.toCodePoint(c, chars[++i]))) {
                    noise++;
                }
            } else if (BMP_NOISE[c]) {
                noise++;
            }
        }
        if (noise * 100 > MAX_NOISE_PERCENT * characters) {
            String what = format.binary() ? "the " + format.label() + "'s text is garbled"
                    : "binary data, not text";
            throw Unreadable.rejection(what + ": " + (noise * 100 / characters) + "% of its " + characters
                    + " characters are control, private-use or undecodable characters");
        }
    }

    private static boolean isNoise(int c) {
        if (c >= ' ' && c < '\u007F' || c >= '\u4E00' && c <= '\u9FFF' || c == '\n' || c == '\t' || c == '\f') {
            return false;
        }
        int type = Character.getType(c);
        return c == '\uFFFD' || type == Character.CONTROL || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.UNASSIGNED;
    }
}
