package io.gongkai.validation.rules;

import io.gongkai.events.Layout;
import io.gongkai.schemas.cells.CellCatalog;

import java.util.List;

/**
 * {@code APPLY_ROW_TOTAL}: in each row of §三 (25 rows in the 2021 layout, 23 in the 2019 layout), {@code total} (总计)
 * equals the sum of the six applicant columns. Expected is the stated total, actual the sum.
 */
final class ApplyRowTotal implements Rule {

    private static final List<String> APPLICANTS = CellCatalog.APPLICANT_COLUMNS.subList(0, CellCatalog.APPLICANT_COLUMNS.size() - 1);

    /** Per layout, per row: the total's cell and the six applicant cells. */
    private final StatedTotal[][] rowsByLayout = new StatedTotal[Layout.values().length][];

    ApplyRowTotal() {
        for (Layout layout : Layout.values()) {
            rowsByLayout[layout.ordinal()] = CellCatalog.applicationRows(layout).stream()
                    .map(row -> new StatedTotal(CellIndex.of("apply." + row + ".total"),
                            CellIndex.of(APPLICANTS.stream().map(column -> "apply." + row + "." + column).toList())))
                    .toArray(StatedTotal[]::new);
        }
    }

    @Override
    public RuleId id() {
        return RuleId.APPLY_ROW_TOTAL;
    }

    @Override
    public void check(Subject subject, Findings findings) {
        CellSheet cells = subject.cells();
        for (StatedTotal row : rowsByLayout[cells.layout().ordinal()]) {
            if (row.brokenIn(cells)) {
                row.report(id(), cells, findings);
            }
        }
    }
}
