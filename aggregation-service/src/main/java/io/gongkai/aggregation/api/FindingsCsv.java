package io.gongkai.aggregation.api;

import io.gongkai.aggregation.monitoring.FindingView;
import io.gongkai.aggregation.monitoring.MonitoredReport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Findings as CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads Chinese as mojibake),
 * CRLF line ends, Chinese headers; written by Apache Commons CSV.
 */
final class FindingsCsv {

    private static final String[] HEADERS = {"违规编号", "机关", "年度", "地区代码", "地区", "规则", "严重程度", "说明", "应为", "实为",
            "单元格", "复核状态", "复核理由", "复核人", "报告编号", "来源"};

    private FindingsCsv() {
    }

    static byte[] of(List<FindingView> findings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CSVPrinter csv = CSVFormat.EXCEL.builder().setHeader(HEADERS).get().print(writer);
            for (FindingView view : findings) {
                MonitoredReport report = view.report();
                csv.printRecord(view.finding().violationId(), report.organ(), report.year(),
                        report.place() == null ? "" : report.place().code(), report.place() == null ? "" : report.place().name(),
                        view.finding().rule(), view.finding().severity(), view.finding().messageZh(), view.finding().expected(),
                        view.finding().actual(), String.join(" ", view.finding().cells()), view.state(),
                        view.review() == null ? "" : view.review().reason(), view.review() == null ? "" : view.review().reviewer(),
                        report.reportId(), report.sourceUrl() == null ? "" : report.sourceUrl());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
