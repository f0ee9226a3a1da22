package io.gongkai.validation.rules;

import java.util.List;

/**
 * {@code COPIED_REPORT}: the prose of Y is more than half identical to the same organ's prose of Y−1. Measure: the
 * share of Y's distinct 5-character shingles ({@link ShingleSet}: whitespace dropped, digits read as 0) that also occur
 * in Y−1's prose — containment rather than Jaccard, so that "half of this year's text is last year's" holds however
 * long last year's text was. Fires above 50%; prose of fewer than {@value #MIN_SHINGLES} shingles (a few sentences)
 * is too short to judge. Linear in the length of both texts. On the sample reports, unrelated organs' prose shares
 * 4–14%, a copy with this year's figures swapped in 100%. Expected {@code ≤ 50%}, actual the share.
 */
final class CopiedReport implements Rule {

    private static final int MIN_SHINGLES = 50;

    @Override
    public RuleId id() {
        return RuleId.COPIED_REPORT;
    }

    @Override
    public void check(Subject subject, Findings findings) {
        if (!subject.hasPrevious()) {
            return;
        }
        ShingleSet current = ShingleSet.of(subject.report().getProse(), ShingleSet.of(subject.previous().getProse()));
        int shared = current.shared();
        if (current.size() >= MIN_SHINGLES && 2L * shared > current.size()) {
            String actual = percent(shared, current.size());
            int previousYear = subject.previous().getYear();
            findings.add(id(), List.of(), "≤ 50%", actual,
                    "本年报告正文有 " + actual + " 与" + Wording.previousReportZh(previousYear)
                            + "正文相同（按连续 5 个字比较，数字不计），请核实是否照搬上年报告、本年工作是否如实反映" + Wording.verdictZh("≤ 50%", actual),
                    actual + " of this report's prose is identical to the prose of " + Wording.previousReportEn(previousYear)
                            + " (compared in runs of 5 characters, digits ignored): check that it was not copied and describes this year's work"
                            + Wording.verdictEn("≤ 50%", actual));
        }
    }

    /** {@code part / whole} as a percentage with one decimal, rounded up so that anything above 50% never reads 50.0%. */
    private static String percent(int part, int whole) {
        long permille = (1000L * part + whole - 1) / whole;
        return permille / 10 + "." + permille % 10 + "%";
    }
}
