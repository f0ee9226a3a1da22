package io.gongkai.validation.rules;

import io.gongkai.events.Layout;
import io.gongkai.schemas.cells.CellCatalog;

import java.util.Arrays;
import java.util.List;

/**
 * {@code NEGATIVE_COUNT}: every count cell of the layout is zero or more. The signed 本年增/减 cells of the 2019
 * layout ({@link CellCatalog#isSignedChange}) are not counts, and neither are the amounts
 * ({@link CellCatalog#isAmount}). One violation per negative cell.
 */
final class NegativeCount implements Rule {

    private final int[][] countsByLayout = new int[Layout.values().length][];

    NegativeCount() {
        for (Layout layout : Layout.values()) {
            countsByLayout[layout.ordinal()] = Arrays.stream(CellIndex.cells(layout))
                    .filter(cell -> !CellCatalog.isSignedChange(CellIndex.id(cell)))
                    .toArray();
        }
    }

    @Override
    public RuleId id() {
        return RuleId.NEGATIVE_COUNT;
    }

    @Override
    public void check(Subject subject, Findings findings) {
        CellSheet cells = subject.cells();
        for (int cell : countsByLayout[cells.layout().ordinal()]) {
            long value = cells.value(cell);
            if (value < 0 && cells.has(cell)) {
                String actual = Long.toString(value);
                String label = Wording.label(cell);
                findings.add(id(), List.of(CellIndex.id(cell)), "≥ 0", actual,
                        label + " 填写为 " + actual + "，件数不能为负数" + Wording.verdictZh("≥ 0", actual),
                        label + " is " + actual + ", but a count cannot be negative" + Wording.verdictEn("≥ 0", actual));
            }
        }
    }
}
