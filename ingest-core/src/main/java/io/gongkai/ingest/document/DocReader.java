package io.gongkai.ingest.document;

import io.gongkai.ingest.rejection.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a Word 97–2003 .doc with Apache POI (HWPF, poi-scratchpad) into {@link TextOutput}'s layout.
 *
 * <ul>
 *   <li>Paragraphs one per line, field instructions stripped (a field keeps its shown result).</li>
 *   <li>Tables through HWPF's Range/Table API: each row one line of its cells in order; a vertically
 *       merged continuation and a horizontally merged continuation (old-style {@code fHorzMerge}) are
 *       empty cells; rows are padded to the table's widest row. The .doc format keeps no column grid:
 *       a cell Word stored as one wide cell (a modern merge) is one cell, not followed by empty ones.
 *       Nested tables are flattened into their outer cell's text.</li>
 *   <li>If HWPF cannot make sense of a table's structure, the document's whole text is read instead
 *       (paragraph lines, cells separated by spaces).</li>
 * </ul>
 *
 * <p>An OLE2 file is told apart before HWPF sees it: a password-protected .docx ({@code
 * EncryptedPackage}) and any OLE2 file without a {@code WordDocument} stream (.xls, .ppt, .msg) are
 * rejected with what they are. Word 6/95 files are rejected as too old.
 */
final class DocReader {

    void read(byte[] content, TextOutput out) throws Rejection {
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = container.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
                throw Unreadable.rejection("encrypted (password-protected) Office document; it cannot be opened");
            }
            if (!root.hasEntryCaseInsensitive("WordDocument")) {
                throw Unreadable.rejection(
                        "an OLE2 file without a WordDocument stream (an .xls, .ppt or .msg?): not a Word .doc");
            }
            try (HWPFDocument document = new HWPFDocument(container)) {
                readRange(document.getRange(), out);
            }
        } catch (Rejection | TextOutput.LimitExceeded e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw Unreadable.rejection("encrypted .doc: " + e.getMessage(), e);
        } catch (OldWordFileFormatException e) {
            throw Unreadable.rejection("a Word 6/95 document; only Word 97–2003 .doc is read", e);
        } catch (IOException | RuntimeException e) {
            throw Unreadable.rejection("corrupt or truncated .doc: " + Unreadable.reason(e), e);
        }
    }

    private static void readRange(Range range, TextOutput out) {
        TextOutput structured = out.sibling();
        try {
            readStructured(range, structured);
        } catch (IllegalArgumentException | IndexOutOfBoundsException unusableTables) {
            out.paragraph(clean(range.text()).replace('\t', ' '));
            return;
        }
        out.append(structured);
    }

    private static void readStructured(Range range, TextOutput out) {
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph paragraph = range.getParagraph(i);
            if (paragraph.isInTable()) {
                Table table = range.getTable(paragraph);
                readTable(table, out);
                i += table.numParagraphs() - 1;
            } else {
                out.paragraph(clean(paragraph.text()).replace('\t', ' '));
            }
        }
    }

    private static void readTable(Table table, TextOutput out) {
        TableGrid grid = out.newTable();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            grid.startRow();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                boolean continuation = (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged())
                        || (cell.isMerged() && !cell.isFirstMerged());
                grid.addCell(continuation ? "" : clean(cell.text()), 1, 1);
            }
        }
        out.table(grid);
    }

    /**
     * The text without field instructions, cell marks as spaces; HWPF's other control marks are left
     * to {@link TextOutput}.
     */
    private static String clean(String text) {
        return Range.stripFields(text).replace('\u0007', ' ');
    }
}
