package io.gongkai.validation.rules;

import io.gongkai.schemas.cells.CellCatalog;

import java.util.List;

import static io.gongkai.validation.rules.Wording.PLUS_EN;
import static io.gongkai.validation.rules.Wording.PLUS_ZH;

/**
 * {@code APPLY_BALANCE}: in each of the seven applicant columns of §三,
 * {@code received + carriedOver = handledTotal + carriedForward} (printed on the form: 第一项加第二项之和，等于第三项加第四项之和).
 * Expected is what came in ({@code received + carriedOver}), actual what was accounted for.
 */
final class ApplyBalance implements Rule {

    private final List<Column> columns = CellCatalog.APPLICANT_COLUMNS.stream()
            .map(column -> new Column(
                    new int[] {CellIndex.of("apply.received." + column), CellIndex.of("apply.carriedOver." + column)},
                    new int[] {CellIndex.of("apply.handledTotal." + column), CellIndex.of("apply.carriedForward." + column)}))
            .toList();

    @Override
    public RuleId id() {
        return RuleId.APPLY_BALANCE;
    }

    @Override
    public void check(Subject subject, Findings findings) {
        CellSheet cells = subject.cells();
        for (Column column : columns) {
            long cameIn = cells.sum(column.cameIn);
            long accountedFor = cells.sum(column.accountedFor);
            if (cameIn != accountedFor && cells.hasAll(column.cameIn) && cells.hasAll(column.accountedFor)) {
                String expected = Long.toString(cameIn);
                String actual = Long.toString(accountedFor);
                findings.add(id(), Wording.ids(column.cameIn[0], column.cameIn[1], column.accountedFor[0], column.accountedFor[1]),
                        expected, actual,
                        Wording.terms(cells, column.accountedFor, PLUS_ZH) + " 应等于 " + Wording.terms(cells, column.cameIn, PLUS_ZH)
                                + Wording.verdictZh(expected, actual),
                        Wording.terms(cells, column.accountedFor, PLUS_EN) + " should equal " + Wording.terms(cells, column.cameIn, PLUS_EN)
                                + Wording.verdictEn(expected, actual));
            }
        }
    }

    /** One column: {@code received, carriedOver} and {@code handledTotal, carriedForward}. */
    private record Column(int[] cameIn, int[] accountedFor) {
    }
}
