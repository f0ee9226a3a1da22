package io.gongkai.schemas.cells;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.events.Layout;
import io.gongkai.events.ParsedReport;
import io.gongkai.schemas.SampleEvents;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCellsTest {

    @Test
    void seedCellsRoundTripThroughTheTypedSections() throws IOException {
        Map<String, Number> cells = expectedCells("003.json");

        ReportCells.Sections sections = ReportCells.sections(Layout.LAYOUT_2021, cells);
        ParsedReport report = ParsedReport.newBuilder(SampleEvents.parsedReport())
                .setActive2021(sections.active2021())
                .setApplications(sections.applications())
                .setReviewsAndSuits(sections.reviewsAndSuits())
                .build();

        assertThat(ReportCells.of(report)).isEqualTo(cells);
        assertThat(report.getApplications().getReceived().getTotal()).isEqualTo(cells.get("apply.received.total"));
    }

    @Test
    void missingSectionsStayNullAndCellsNotGivenAbsent() {
        Map<String, Number> cells = new LinkedHashMap<>();
        cells.put("apply.otherHandling.naturalPerson", 3);
        cells.put("apply.otherHandling.total", 3);

        ReportCells.Sections sections = ReportCells.sections(Layout.LAYOUT_2019, cells);
        ParsedReport report = ParsedReport.newBuilder(SampleEvents.parsedReport())
                .setLayout(Layout.LAYOUT_2019)
                .setActive2021(null)
                .setApplications(sections.applications())
                .setReviewsAndSuits(null)
                .build();

        assertThat(sections.active2019()).isNull();
        assertThat(ReportCells.of(report))
                .containsEntry("apply.otherHandling.total", 3)
                .doesNotContainKeys("active.licensing.change", "review.total", "apply.received.total")
                .hasSize(2);
        assertThat(report.getApplications().getReceived().getTotal()).isNull();
    }

    private static Map<String, Number> expectedCells(String file) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(Path.of("../samples/expected", file).toFile()).get("cells");
        Map<String, Number> cells = new LinkedHashMap<>();
        for (String id : CellCatalog.cellIds(Layout.LAYOUT_2021)) {
            JsonNode value = expected.get(id);
            cells.put(id, value.isDouble() ? (Number) value.doubleValue() : (Number) value.intValue());
        }
        return cells;
    }
}
