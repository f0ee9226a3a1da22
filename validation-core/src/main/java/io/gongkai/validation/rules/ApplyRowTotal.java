package io.gongkai.validation.rules;

import io.gongkai.events.Layout;
import io.gongkai.schemas.cells.CellCatalog;

import java.util.ArrayList;
import java.util.List;

import static io.gongkai.validation.rules.Wording.PLUS_EN;
import static io.gongkai.validation.rules.Wording.PLUS_ZH;

/**
 * {@code APPLY_ROW_TOTAL}: in each row of §三 (25 rows in the 2021 layout, 23 in the 2019 layout), {@code total} (总计)
 * equals the sum of the six applicant columns. Expected is the stated total, actual the sum.
 */
final class ApplyRowTotal implements Rule {

    private static final List<String> APPLICANTS = CellCatalog.APPLICANT_COLUMNS.subList(0, CellCatalog.APPLICANT_COLUMNS.size() - 1);

    /** Per layout, per row: the total's cell and the six applicant cells. */
    private final Row[][] rowsByLayout = new Row[Layout.values().length][];

    ApplyRowTotal() {
        for (Layout layout : Layout.values()) {
            rowsByLayout[layout.ordinal()] = CellCatalog.applicationRows(layout).stream()
                    .map(row -> new Row(CellIndex.of("apply." + row + ".total"),
                            CellIndex.of(APPLICANTS.stream().map(column -> "apply." + row + "." + column).toList())))
                    .toArray(Row[]::new);
        }
    }

    @Override
    public RuleId id() {
        return RuleId.APPLY_ROW_TOTAL;
    }

    @Override
    public void check(Subject subject, Findings findings) {
        CellSheet cells = subject.cells();
        for (Row row : rowsByLayout[cells.layout().ordinal()]) {
            long total = cells.value(row.total);
            long sum = cells.sum(row.applicants);
            if (total != sum && cells.has(row.total) && cells.hasAll(row.applicants)) {
                String expected = Long.toString(total);
                String actual = Long.toString(sum);
                List<String> ids = new ArrayList<>(Wording.ids(row.applicants));
                ids.add(CellIndex.id(row.total));
                String totalTerm = Wording.term(row.total, total);
                findings.add(id(), ids, expected, actual,
                        Wording.terms(cells, row.applicants, PLUS_ZH) + " 应等于 " + totalTerm + Wording.verdictZh(expected, actual),
                        Wording.terms(cells, row.applicants, PLUS_EN) + " should equal " + totalTerm + Wording.verdictEn(expected, actual));
            }
        }
    }

    private record Row(int total, int[] applicants) {
    }
}
