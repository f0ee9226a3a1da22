package io.gongkai.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableGridTest {

    @Test
    void spansLeaveEmptyCellsInGridOrder() {
        TableGrid grid = new TableGrid(1000, "table 1");
        grid.startRow();
        grid.addCell("申请人情况", 1, 3);
        grid.addCell("自然人", 1, 2);
        grid.addCell("法人或其他组织", 2, 1);
        grid.startRow();
        grid.addCell("商业企业", 1, 1);
        grid.addCell("科研机构", 1, 1);
        grid.startRow();
        grid.addCell("20", 1, 1);
        grid.addCell("0", 1, 1);
        grid.addCell("0", 1, 1);

        assertThat(grid.rows()).containsExactly(
                List.of("申请人情况", "自然人", "法人或其他组织", ""),
                List.of("", "", "商业企业", "科研机构"),
                List.of("", "20", "0", "0"));
    }

    @Test
    void rowsArePaddedToTheWidestAndCellTextIsOneLine() {
        TableGrid grid = new TableGrid(1000, "table 1");
        grid.startRow();
        grid.addCell("结果\n维持", 1, 1);
        grid.addCell("\u00A0", 1, 1);
        grid.addCell("a\tb", 1, 1);
        grid.startRow();
        grid.addCell(" 0 ", 1, 1);

        assertThat(grid.rows()).containsExactly(List.of("结果 维持", "", "a b"), List.of("0", "", ""));
    }

    @Test
    void rowspanZeroReachesTheLastRowAndNoFurther() {
        TableGrid grid = new TableGrid(1000, "table 1");
        grid.startRow();
        grid.addCell("标签", 1, 0);
        grid.addCell("1", 1, 1);
        grid.startRow();
        grid.addCell("2", 1, 1);

        assertThat(grid.rows()).containsExactly(List.of("标签", "1"), List.of("", "2"));
    }

    @Test
    void aGridLargerThanItsBudgetIsStopped() {
        TableGrid grid = new TableGrid(100, "table 7");
        grid.startRow();

        assertThatThrownBy(() -> grid.addCell("x", 500, 1))
                .isInstanceOfSatisfying(TextOutput.LimitExceeded.class,
                        e -> assertThat(e.where()).isEqualTo("table 7"));
    }
}
