package io.gongkai.ingest.document;

import io.gongkai.ingest.rejection.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word .docx with Apache POI (XWPF) into {@link TextOutput}'s layout.
 *
 * <ul>
 *   <li>The body's paragraphs, tables and content controls in document order; headers, footers,
 *       footnotes, comments and text boxes are not read.</li>
 *   <li>A paragraph's line breaks start new lines; its tabs become spaces (a tab in the output always
 *       separates table cells).</li>
 *   <li>A table cell spanning n grid columns ({@code w:gridSpan}) is followed by n−1 empty cells; a
 *       vertically merged continuation ({@code w:vMerge} without {@code restart}) is an empty cell; the
 *       grid columns a row skips ({@code w:gridBefore}) are empty cells. A cell's paragraphs are joined
 *       by spaces.</li>
 *   <li>A table that contains another table is a layout table: its cells are read as flow, cell after
 *       cell, so each innermost table keeps its own rows.</li>
 * </ul>
 *
 * <p>Zip bombs: {@link DocumentReader} has {@link ZipBudget} count what the whole package inflates to first;
 * POI then opens it through {@code ZipSecureFile}, whose defaults (an entry may not inflate more than 100 times its
 * compressed size, entries at most 4 GiB, extracted text at most 10 M characters) reject a bomb entry with an
 * exception, reported here as UNREADABLE. The defaults are JVM-wide statics and are deliberately left alone.
 */
final class DocxReader {

    void read(byte[] content, TextOutput out) throws Rejection {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            readBody(document.getBodyElements(), out);
        } catch (TextOutput.LimitExceeded e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw Unreadable.rejection("encrypted .docx: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw Unreadable.rejection("corrupt or truncated .docx: " + Unreadable.reason(e), e);
        }
    }

    private static void readBody(List<IBodyElement> elements, TextOutput out) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                out.paragraph(paragraph.getText().replace('\t', ' '));
            } else if (element instanceof XWPFTable table) {
                readTable(table, out);
            } else if (element instanceof XWPFSDT control) {
                out.paragraph(control.getContent().getText().replace('\t', ' '));
            }
        }
    }

    private static void readTable(XWPFTable table, TextOutput out) {
        if (containsTable(table)) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    readBody(cell.getBodyElements(), out);
                }
            }
            return;
        }
        TableGrid grid = out.newTable();
        for (XWPFTableRow row : table.getRows()) {
            grid.startRow();
            CTTrPr rowProperties = row.getCtRow().getTrPr();
            if (rowProperties != null && rowProperties.sizeOfGridBeforeArray() > 0) {
                grid.skipColumns(intOr(rowProperties.getGridBeforeArray(0).getVal(), 0));
            }
            for (ICell cell : row.getTableICells()) {
                if (cell instanceof XWPFTableCell tableCell) {
                    CTTcPr properties = tableCell.getCTTc().getTcPr();
                    grid.addCell(isMergedContinuation(properties) ? "" : cellText(tableCell), gridSpan(properties), 1);
                } else if (cell instanceof XWPFSDTCell control) {
                    grid.addCell(control.getContent().getText(), 1, 1);
                }
            }
        }
        out.table(grid);
    }

    private static boolean containsTable(XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                if (!cell.getTables().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                parts.add(paragraph.getText());
            } else if (element instanceof XWPFSDT control) {
                parts.add(control.getContent().getText());
            }
        }
        return String.join(" ", parts);
    }

    private static int gridSpan(CTTcPr properties) {
        return properties != null && properties.isSetGridSpan() ? intOr(properties.getGridSpan().getVal(), 1) : 1;
    }

    private static int intOr(BigInteger value, int absent) {
        return value == null ? absent : value.min(BigInteger.valueOf(TableGrid.MAX_COLUMNS)).intValue();
    }

    private static boolean isMergedContinuation(CTTcPr properties) {
        if (properties == null || !properties.isSetVMerge()) {
            return false;
        }
        STMerge.Enum merge = properties.getVMerge().getVal();
        return merge == null || merge == STMerge.CONTINUE;
    }
}
