package io.gongkai.ingest.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes a seed as a Word .docx with Apache POI: prose as paragraphs, tables with the form's merged
 * cells ({@link MergedCells}) as {@code w:gridSpan} and {@code w:vMerge} (restart, then continuation
 * cells, half of them with the implicit {@code continue}), multi-word labels as one paragraph a word.
 */
final class DocxFixture {

    private DocxFixture() {
    }

    static byte[] docx(List<Seeds.Block> blocks) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (Seeds.Block block : blocks) {
                if (block instanceof Seeds.Line line) {
                    document.createParagraph().createRun().setText(line.text());
                } else if (block instanceof Seeds.Table table) {
                    writeTable(document.createTable(), new MergedCells(table.rows()));
                }
            }
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTable(XWPFTable table, MergedCells cells) {
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < cells.width(); c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(900));
        }
        for (int r = 0; r < cells.rows(); r++) {
            XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
            for (int c = 0; c < cells.width(); ) {
                MergedCells.Cell owner = cells.at(r, c);
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr properties = cell.getCTTc().addNewTcPr();
                if (owner.colspan() > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(owner.colspan()));
                }
                if (owner.row() == r) {
                    if (owner.rowspan() > 1) {
                        properties.addNewVMerge().setVal(STMerge.RESTART);
                    }
                    writeText(cell, owner.text());
                } else if (r % 2 == 0) {
                    properties.addNewVMerge().setVal(STMerge.CONTINUE);
                } else {
                    properties.addNewVMerge();
                }
                c += owner.colspan();
            }
        }
        table.removeRow(0);
    }

    private static void writeText(XWPFTableCell cell, String text) {
        String[] words = text.split(" ");
        cell.getParagraphs().get(0).createRun().setText(words[0]);
        for (int i = 1; i < words.length; i++) {
            cell.addParagraph().createRun().setText(words[i]);
        }
    }
}
