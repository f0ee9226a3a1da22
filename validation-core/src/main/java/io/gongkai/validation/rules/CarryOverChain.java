package io.gongkai.validation.rules;

import io.gongkai.schemas.cells.CellCatalog;

import java.util.List;

/**
 * {@code CARRY_OVER_CHAIN}: in each applicant column, {@code apply.carriedOver.<column>} of year Y equals the
 * {@code apply.carriedForward.<column>} the same organ reported for Y−1. Checked when the report of Y−1 is known;
 * the caller re-validates Y when Y−1 arrives later. Expected is Y−1's figure, actual Y's.
 */
final class CarryOverChain implements Rule {

    private final List<int[]> columns = CellCatalog.APPLICANT_COLUMNS.stream()
            .map(column -> new int[] {CellIndex.of("apply.carriedOver." + column), CellIndex.of("apply.carriedForward." + column)})
            .toList();

    @Override
    public RuleId id() {
        return RuleId.CARRY_OVER_CHAIN;
    }

    @Override
    public void check(Subject subject, Findings findings) {
        if (!subject.hasPrevious()) {
            return;
        }
        CellSheet cells = subject.cells();
        CellSheet previous = subject.previousCells();
        for (int[] column : columns) {
            int carriedOver = column[0];
            int carriedForward = column[1];
            long actualValue = cells.value(carriedOver);
            long expectedValue = previous.value(carriedForward);
            if (actualValue != expectedValue && cells.has(carriedOver) && previous.has(carriedForward)) {
                String expected = Long.toString(expectedValue);
                String actual = Long.toString(actualValue);
                int previousYear = subject.previous().getYear();
                findings.add(id(), Wording.ids(carriedOver, carriedForward), expected, actual,
                        Wording.term(carriedOver, actualValue) + " 应等于" + Wording.previousReportZh(previousYear) + "的 "
                                + Wording.term(carriedForward, expectedValue) + Wording.verdictZh(expected, actual),
                        Wording.term(carriedOver, actualValue) + " should equal " + Wording.term(carriedForward, expectedValue)
                                + " of " + Wording.previousReportEn(previousYear) + Wording.verdictEn(expected, actual));
            }
        }
    }
}
