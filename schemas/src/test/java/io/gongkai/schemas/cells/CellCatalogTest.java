package io.gongkai.schemas.cells;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.events.Layout;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CellCatalogTest {

    @Test
    void layout2021HasTheSeedsCellsExactly() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(Path.of("../samples/expected/000.json").toFile()).get("cells");
        List<String> ids = new ArrayList<>();
        expected.fieldNames().forEachRemaining(ids::add);

        assertThat(CellCatalog.cellIds(Layout.LAYOUT_2021)).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void layout2019HasTwentyThreeApplicationRowsAndItsOwnActiveGrid() {
        assertThat(CellCatalog.applicationRows(Layout.LAYOUT_2019)).hasSize(23).contains("otherHandling");
        assertThat(CellCatalog.applicationRows(Layout.LAYOUT_2021)).hasSize(25).doesNotContain("otherHandling");
        assertThat(CellCatalog.cellIds(Layout.LAYOUT_2019))
                .contains("active.licensing.change", "active.procurement.amountYuan", "apply.otherHandling.total")
                .doesNotContain("active.fees");
    }

    @Test
    void resultRowsRunFromGrantedToTheLastOtherHandlingRow() {
        assertThat(CellCatalog.resultRows(Layout.LAYOUT_2021)).startsWith("granted").endsWith("otherHandling.other").hasSize(21);
        assertThat(CellCatalog.resultRows(Layout.LAYOUT_2019)).endsWith("otherHandling").hasSize(19);
    }

    @Test
    void labelsNameTheRowAndTheColumn() {
        assertThat(CellCatalog.label("apply.handledTotal.naturalPerson")).isEqualTo("三、本年度办理结果（七）总计·自然人");
        assertThat(CellCatalog.label("review.pending")).isEqualTo("四、行政复议·尚未审结");
    }
}
