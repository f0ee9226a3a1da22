package io.gongkai.validation.rules;

import io.gongkai.schemas.cells.CellCatalog;

import java.util.List;

/**
 * {@code LITIGATION_TOTAL}: for 行政复议 ({@code review}) and both kinds of 行政诉讼 ({@code suitDirect},
 * {@code suitAfterReview}) in §四, {@code total = upheld + corrected + other + pending}. Expected is the stated
 * total, actual the sum. Does not fire when §四 is missing.
 */
final class LitigationTotal implements Rule {

    private final List<StatedTotal> kinds = CellCatalog.CASE_KINDS.stream()
            .map(kind -> new StatedTotal(CellIndex.of(kind + ".total"),
                    CellIndex.of(List.of(kind + ".upheld", kind + ".corrected", kind + ".other", kind + ".pending"))))
            .toList();

    @Override
    public RuleId id() {
        return RuleId.LITIGATION_TOTAL;
    }

    @Override
    public void check(Subject subject, Findings findings) {
        CellSheet cells = subject.cells();
        for (StatedTotal kind : kinds) {
            if (kind.brokenIn(cells)) {
                kind.report(id(), cells, findings);
            }
        }
    }
}
