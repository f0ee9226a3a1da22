package io.gongkai.validation.rules;

import io.gongkai.events.Layout;

import java.util.List;

/**
 * {@code IN_FORCE_DRIFT}: for 规章 and 行政规范性文件 in §二 of the 2021 layout,
 * {@code active.<kind>.inForce} of Y = {@code inForce} of Y−1 + {@code issued} of Y − {@code repealed} of Y. Only when
 * both years use the 2021 layout and carry §二. Expected is the figure carried forward from Y−1, actual Y's 现行有效件数.
 */
final class InForceDrift implements Rule {

    private final List<Kind> kinds = List.of("rules", "normative").stream()
            .map(kind -> new Kind(CellIndex.of("active." + kind + ".inForce"), CellIndex.of("active." + kind + ".issued"),
                    CellIndex.of("active." + kind + ".repealed")))
            .toList();

    @Override
    public RuleId id() {
        return RuleId.IN_FORCE_DRIFT;
    }

    @Override
    public void check(Subject subject, Findings findings) {
        if (!subject.hasPrevious() || subject.cells().layout() != Layout.LAYOUT_2021 || subject.previousCells().layout() != Layout.LAYOUT_2021) {
            return;
        }
        CellSheet cells = subject.cells();
        CellSheet previous = subject.previousCells();
        for (Kind kind : kinds) {
            long inForceBefore = previous.value(kind.inForce);
            long issued = cells.value(kind.issued);
            long repealed = cells.value(kind.repealed);
            long carried = inForceBefore + issued - repealed;
            long inForce = cells.value(kind.inForce);
            if (inForce != carried && cells.hasAll(kind.inForce, kind.issued, kind.repealed) && previous.has(kind.inForce)) {
                String expected = Long.toString(carried);
                String actual = Long.toString(inForce);
                int previousYear = subject.previous().getYear();
                findings.add(id(), Wording.ids(kind.inForce, kind.issued, kind.repealed), expected, actual,
                        Wording.term(kind.inForce, inForce) + " 应等于" + Wording.previousReportZh(previousYear) + "的 "
                                + Wording.term(kind.inForce, inForceBefore) + " 加本年 " + Wording.term(kind.issued, issued)
                                + " 减本年 " + Wording.term(kind.repealed, repealed) + Wording.verdictZh(expected, actual),
                        Wording.term(kind.inForce, inForce) + " should equal " + Wording.term(kind.inForce, inForceBefore) + " of "
                                + Wording.previousReportEn(previousYear) + " plus this year's " + Wording.term(kind.issued, issued)
                                + " minus this year's " + Wording.term(kind.repealed, repealed) + Wording.verdictEn(expected, actual));
            }
        }
    }

    private record Kind(int inForce, int issued, int repealed) {
    }
}
