package io.gongkai.validation.rules;

import java.util.ArrayList;
import java.util.List;

import static io.gongkai.validation.rules.Wording.PLUS_EN;
import static io.gongkai.validation.rules.Wording.PLUS_ZH;

/**
 * A total the form states and the cells it must be the sum of (总计 = Σ parts): a row's 总计 and its six applicant
 * columns, a case kind's 总计 and its four outcomes, a column's （七）总计 and its result rows.
 */
record StatedTotal(int total, int[] parts) {

    /** Whether the report breaks it: the total and every part were read, and the total is not their sum. */
    boolean brokenIn(CellSheet cells) {
        return cells.value(total) != cells.sum(parts) && cells.has(total) && cells.hasAll(parts);
    }

    /** The stated total: what the finding expected. */
    String expected(CellSheet cells) {
        return Long.toString(cells.value(total));
    }

    /** The sum of the parts: what the finding found. */
    String actual(CellSheet cells) {
        return Long.toString(cells.sum(parts));
    }

    /** The finding "parts 应等于 total": the parts' cells then the total's, in the form's words. */
    void report(RuleId rule, CellSheet cells, Findings findings) {
        String expected = expected(cells);
        String actual = actual(cells);
        List<String> ids = new ArrayList<>(Wording.ids(parts));
        ids.add(CellIndex.id(total));
        String totalTerm = Wording.term(total, cells.value(total));
        findings.add(rule, ids, expected, actual,
                Wording.terms(cells, parts, PLUS_ZH) + " 应等于 " + totalTerm + Wording.verdictZh(expected, actual),
                Wording.terms(cells, parts, PLUS_EN) + " should equal " + totalTerm + Wording.verdictEn(expected, actual));
    }
}
