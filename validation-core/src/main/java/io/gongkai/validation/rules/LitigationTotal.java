package io.gongkai.validation.rules;

import io.gongkai.schemas.cells.CellCatalog;

import java.util.ArrayList;
import java.util.List;

import static io.gongkai.validation.rules.Wording.PLUS_EN;
import static io.gongkai.validation.rules.Wording.PLUS_ZH;

/**
 * {@code LITIGATION_TOTAL}: for 行政复议 ({@code review}) and both kinds of 行政诉讼 ({@code suitDirect},
 * {@code suitAfterReview}) in §四, {@code total = upheld + corrected + other + pending}. Expected is the stated
 * total, actual the sum. Does not fire when §四 is missing.
 */
final class LitigationTotal implements Rule {

    private final List<Kind> kinds = CellCatalog.CASE_KINDS.stream()
            .map(kind -> new Kind(CellIndex.of(kind + ".total"),
                    CellIndex.of(List.of(kind + ".upheld", kind + ".corrected", kind + ".other", kind + ".pending"))))
            .toList();

    @Override
    public RuleId id() {
        return RuleId.LITIGATION_TOTAL;
    }

    @Override
    public void check(Subject subject, Findings findings) {
        CellSheet cells = subject.cells();
        for (Kind kind : kinds) {
            long total = cells.value(kind.total);
            long sum = cells.sum(kind.outcomes);
            if (total != sum && cells.has(kind.total) && cells.hasAll(kind.outcomes)) {
                String expected = Long.toString(total);
                String actual = Long.toString(sum);
                List<String> ids = new ArrayList<>(Wording.ids(kind.outcomes));
                ids.add(CellIndex.id(kind.total));
                String totalTerm = Wording.term(kind.total, total);
                findings.add(id(), ids, expected, actual,
                        Wording.terms(cells, kind.outcomes, PLUS_ZH) + " 应等于 " + totalTerm + Wording.verdictZh(expected, actual),
                        Wording.terms(cells, kind.outcomes, PLUS_EN) + " should equal " + totalTerm + Wording.verdictEn(expected, actual));
            }
        }
    }

    private record Kind(int total, int[] outcomes) {
    }
}
