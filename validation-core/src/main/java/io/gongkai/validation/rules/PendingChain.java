package io.gongkai.validation.rules;

import io.gongkai.schemas.cells.CellCatalog;

/**
 * {@code PENDING_CHAIN}: cases pending at the end of Y−1 must reappear in Y. Reading: for each kind ({@code review},
 * {@code suitDirect}, {@code suitAfterReview}), the cases Y−1 reported 尚未审结 ({@code <kind>.pending}) are, in Y,
 * either concluded (结果维持 / 结果纠正 / 其他结果) or still pending, and either way counted in Y's 总计; so
 * {@code <kind>.total} of Y ≥ {@code <kind>.pending} of Y−1. A shortfall means Y does not account for some of them.
 * Only when §四 is present in both years. Expected {@code ≥ <pending of Y−1>}, actual Y's total.
 */
final class PendingChain extends CrossYearCells {

    PendingChain() {
        super(CellCatalog.CASE_KINDS.stream()
                .map(kind -> new Pair(CellIndex.of(kind + ".total"), CellIndex.of(kind + ".pending")))
                .toList());
    }

    @Override
    public RuleId id() {
        return RuleId.PENDING_CHAIN;
    }

    @Override
    boolean holds(long handled, long pendingBefore) {
        return handled >= pendingBefore;
    }

    @Override
    void report(Findings findings, Pair pair, long handled, long pendingBefore, int previousYear) {
        int total = pair.current();
        int pending = pair.previous();
        String expected = "≥ " + pendingBefore;
        String actual = Long.toString(handled);
        findings.add(id(), Wording.ids(total, pending), expected, actual,
                Wording.term(total, handled) + " 应不少于" + Wording.previousReportZh(previousYear) + "的 "
                        + Wording.term(pending, pendingBefore) + "：上年尚未审结的案件，本年应计入审结结果或仍计为尚未审结"
                        + Wording.verdictZh(expected, actual),
                Wording.term(total, handled) + " should be at least " + Wording.term(pending, pendingBefore) + " of "
                        + Wording.previousReportEn(previousYear) + ": cases pending at the end of " + previousYear
                        + " count this year, concluded or still pending" + Wording.verdictEn(expected, actual));
    }
}
