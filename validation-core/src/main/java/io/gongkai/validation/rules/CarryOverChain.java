package io.gongkai.validation.rules;

import io.gongkai.schemas.cells.CellCatalog;

/**
 * {@code CARRY_OVER_CHAIN}: in each applicant column, {@code apply.carriedOver.<column>} of year Y equals the
 * {@code apply.carriedForward.<column>} the same organ reported for Y−1. Checked when the report of Y−1 is known;
 * the caller re-validates Y when Y−1 arrives later. Expected is Y−1's figure, actual Y's.
 */
final class CarryOverChain extends CrossYearCells {

    CarryOverChain() {
        super(CellCatalog.APPLICANT_COLUMNS.stream()
                .map(column -> new Pair(CellIndex.of("apply.carriedOver." + column),
                        CellIndex.of("apply.carriedForward." + column)))
                .toList());
    }

    @Override
    public RuleId id() {
        return RuleId.CARRY_OVER_CHAIN;
    }

    @Override
    boolean holds(long carriedOver, long carriedForward) {
        return carriedOver == carriedForward;
    }

    @Override
    void report(Findings findings, Pair pair, long actualValue, long expectedValue, int previousYear) {
        int carriedOver = pair.current();
        int carriedForward = pair.previous();
        String expected = Long.toString(expectedValue);
        String actual = Long.toString(actualValue);
        findings.add(id(), Wording.ids(carriedOver, carriedForward), expected, actual,
                Wording.term(carriedOver, actualValue) + " 应等于" + Wording.previousReportZh(previousYear) + "的 "
                        + Wording.term(carriedForward, expectedValue) + Wording.verdictZh(expected, actual),
                Wording.term(carriedOver, actualValue) + " should equal " + Wording.term(carriedForward, expectedValue)
                        + " of " + Wording.previousReportEn(previousYear) + Wording.verdictEn(expected, actual));
    }
}
