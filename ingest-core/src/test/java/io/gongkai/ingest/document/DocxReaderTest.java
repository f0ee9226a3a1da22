package io.gongkai.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.ingest.rejection.Rejection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxReaderTest {

    private static String read(XWPFDocument document) throws IOException, Rejection {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.write(bytes);
        TextOutput out = new TextOutput(1_000_000);
        new DocxReader().read(bytes.toByteArray(), out);
        return out.text();
    }

    @Test
    void paragraphBreaksStartLinesTabsBecomeSpacesEmptyParagraphsGo() throws IOException, Rejection {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFRun run = document.createParagraph().createRun();
            run.setText("索引号：");
            run.addTab();
            run.setText("001008006002065/2024-154563");
            run.addBreak();
            run.setText("发布机构：暨阳街道");
            document.createParagraph();
            document.createParagraph().createRun().setText("\u3000\u3000一、总体情况");

            assertThat(read(document)).isEqualTo("索引号： 001008006002065/2024-154563\n发布机构：暨阳街道\n一、总体情况\n");
        }
    }

    @Test
    void gridBeforeCellsAreEmptyCellsAtTheRowsStart() throws IOException, Rejection {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFTable table = document.createTable(2, 3);
            fill(table.getRow(0), "行政复议", "结果维持", "总计");
            XWPFTableRow second = table.getRow(1);
            second.removeCell(2);
            second.getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.ONE);
            fill(second, "0", "0");

            assertThat(read(document)).isEqualTo("行政复议\t结果维持\t总计\n\t0\t0\n\n");
        }
    }

    @Test
    void aVerticalMergeContinuationIsAnEmptyCellWhateverItHolds() throws IOException, Rejection {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFTable table = document.createTable(3, 2);
            fill(table.getRow(0), "三、本年度办理结果", "（一）予以公开");
            fill(table.getRow(1), "残留文字", "（二）部分公开");
            fill(table.getRow(2), "", "（三）不予公开");
            table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
            table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge();

            assertThat(read(document)).isEqualTo("三、本年度办理结果\t（一）予以公开\n\t（二）部分公开\n\t（三）不予公开\n\n");
        }
    }

    @Test
    void aLayoutTableIsReadAsFlowAndItsInnerTableKeepsItsRows() throws IOException, Rejection {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFTable layout = document.createTable(1, 1);
            XWPFTableCell cell = layout.getRow(0).getCell(0);
            cell.getParagraphs().get(0).createRun().setText("二、主动公开政府信息情况");
            XWPFParagraph anchor = cell.addParagraph();
            XWPFTable inner = cell.insertNewTbl(anchor.getCTP().newCursor());
            XWPFTableRow innerRow = inner.getRow(0) != null ? inner.getRow(0) : inner.createRow();
            innerRow.addNewTableCell().setText("规章");
            innerRow.addNewTableCell().setText("0");
            anchor.createRun().setText("三、收到和处理政府信息公开申请情况");

            assertThat(read(document)).isEqualTo("二、主动公开政府信息情况\n规章\t0\n\n三、收到和处理政府信息公开申请情况\n");
        }
    }

    private static void fill(XWPFTableRow row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            row.getCell(i).setText(texts[i]);
        }
    }
}
