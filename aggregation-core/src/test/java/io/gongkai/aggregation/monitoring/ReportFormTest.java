package io.gongkai.aggregation.monitoring;

import io.gongkai.events.Layout;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.UnreadableCell;
import io.gongkai.schemas.SampleEvents;
import io.gongkai.schemas.TrustedEventClasses;
import io.gongkai.schemas.cells.CellCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFormTest {

    static {
        TrustedEventClasses.install();
    }

    @Test
    void theFormsThreeTablesHoldEveryCellOfTheLayoutInItsPlace() {
        ReportForm form = ReportForm.of(SampleEvents.parsedReport(), Set.of());

        assertThat(form.tables()).extracting(ReportForm.Table::title)
                .containsExactly("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况");
        ReportForm.Table applications = form.tables().get(1);
        assertThat(applications.columns()).hasSize(7).endsWith("总计");
        assertThat(applications.rows()).hasSize(CellCatalog.applicationRows(Layout.LAYOUT_2021).size());
        ReportForm.Row received = applications.rows().get(0);
        assertThat(received.label()).isEqualTo("一、本年新收政府信息公开申请数量");
        assertThat(received.cells()).extracting(ReportForm.Cell::value).containsExactly("37", "1", "0", "0", "0", "1", "39");
        assertThat(received.cells().get(6).id()).isEqualTo("apply.received.total");
        assertThat(form.tables().get(2).rows()).extracting(ReportForm.Row::label).containsExactly("行政复议", "行政诉讼·未经复议直接起诉", "行政诉讼·复议后起诉");
        long cells = form.tables().stream().flatMap(table -> table.rows().stream()).mapToLong(row -> row.cells().size()).sum();
        assertThat(cells).isEqualTo(CellCatalog.cellIds(Layout.LAYOUT_2021).size());
        assertThat(form.tables().get(0).rows()).as("a missing §二 is shown empty").allSatisfy(row -> assertThat(row.cells().get(0).value()).isEmpty());
    }

    @Test
    void cellsOfOpenFindingsAreFlaggedAndUnreadableOnesMarked() {
        ParsedReport report = SampleEvents.parsedReport();
        report.getApplications().getGranted().setNaturalPerson(null);
        report.setUnreadableCells(List.of(new UnreadableCell("apply.granted.naturalPerson", "§三 予以公开", "digits run together")));

        ReportForm form = ReportForm.of(report, Set.of("apply.received.total", "apply.granted.naturalPerson"));

        List<ReportForm.Cell> all = form.tables().stream().flatMap(table -> table.rows().stream())
                .flatMap(row -> row.cells().stream()).toList();
        assertThat(all).filteredOn(ReportForm.Cell::flagged).extracting(ReportForm.Cell::id)
                .containsExactlyInAnyOrder("apply.received.total", "apply.granted.naturalPerson");
        assertThat(all).filteredOn(ReportForm.Cell::unreadable).singleElement()
                .satisfies(cell -> assertThat(cell.value()).isEqualTo("?"));
    }
}
