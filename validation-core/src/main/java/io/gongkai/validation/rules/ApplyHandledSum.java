package io.gongkai.validation.rules;

import io.gongkai.events.Layout;
import io.gongkai.schemas.cells.CellCatalog;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code APPLY_HANDLED_SUM}: in each applicant column of §三, {@code handledTotal} (（七）总计) equals the sum of the
 * result rows {@code granted} … {@code otherHandling} ({@link CellCatalog#resultRows}: 21 rows in the 2021 layout,
 * 19 in the 2019 layout whose （六）其他处理 is one row). Expected is the stated total, actual the sum; the message
 * lists the items that are not zero, where the slip must be.
 */
final class ApplyHandledSum implements Rule {

    /** Per layout, per column: the total's cell then the result rows' cells. */
    private final StatedTotal[][] columnsByLayout = new StatedTotal[Layout.values().length][];

    ApplyHandledSum() {
        for (Layout layout : Layout.values()) {
            List<String> rows = CellCatalog.resultRows(layout);
            columnsByLayout[layout.ordinal()] = CellCatalog.APPLICANT_COLUMNS.stream()
                    .map(column -> new StatedTotal(CellIndex.of("apply.handledTotal." + column),
                            CellIndex.of(rows.stream().map(row -> "apply." + row + "." + column).toList())))
                    .toArray(StatedTotal[]::new);
        }
    }

    @Override
    public RuleId id() {
        return RuleId.APPLY_HANDLED_SUM;
    }

    @Override
    public void check(Subject subject, Findings findings) {
        CellSheet cells = subject.cells();
        for (StatedTotal column : columnsByLayout[cells.layout().ordinal()]) {
            if (column.brokenIn(cells)) {
                report(cells, column, findings);
            }
        }
    }

    /** Unlike the other sums, names the total first and lists the items that are not zero, where the slip must be. */
    private void report(CellSheet cells, StatedTotal column, Findings findings) {
        String expected = column.expected(cells);
        String actual = column.actual(cells);
        List<String> ids = new ArrayList<>(Wording.ids(column.total()));
        ids.addAll(Wording.ids(column.parts()));
        List<String> nonZero = new ArrayList<>();
        for (int item : column.parts()) {
            if (cells.value(item) != 0) {
                nonZero.add(Wording.term(item, cells.value(item)));
            }
        }
        String totalTerm = Wording.term(column.total(), cells.value(column.total()));
        findings.add(id(), ids, expected, actual,
                "三、本年度办理结果（一）至（六）各项同列之和 (" + actual + ") 应等于 " + totalTerm + Wording.verdictZh(expected, actual)
                        + (nonZero.isEmpty() ? "；各项均为 0" : "；其中不为 0 的项：" + String.join("、", nonZero)),
                "The sum of items （一） to （六） of 三、本年度办理结果 in the same column (" + actual + ") should equal " + totalTerm
                        + Wording.verdictEn(expected, actual)
                        + (nonZero.isEmpty() ? "; every item is 0" : "; the items that are not 0: " + String.join(", ", nonZero)));
    }
}
