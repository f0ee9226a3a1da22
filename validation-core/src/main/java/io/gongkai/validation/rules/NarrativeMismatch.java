package io.gongkai.validation.rules;

import io.gongkai.events.NarrativeFigures;

import java.util.List;
import java.util.function.Function;

import static io.gongkai.validation.rules.Wording.PLUS_EN;
import static io.gongkai.validation.rules.Wording.PLUS_ZH;

/**
 * {@code NARRATIVE_MISMATCH}: each figure the prose of 一、总体情况 states ({@link NarrativeFigures}) equals the table:
 * applications received vs {@code apply.received.total} (vs {@code received + carriedOver} where the prose says
 * 含上年结转), granted vs {@code apply.granted.total}, not available vs the three {@code apply.unavailable.*.total}
 * rows, carried forward vs {@code apply.carriedForward.total}, reconsiderations vs {@code review.total}, lawsuits vs
 * {@code suitDirect.total + suitAfterReview.total}. Expected is the table's figure, actual the prose's. A figure the
 * prose does not state, or whose cells are absent, is not checked.
 */
final class NarrativeMismatch implements Rule {

    private final Figure received = figure("本年收到政府信息公开申请", "applications received",
            NarrativeFigures::getReceived, "apply.received.total");
    private final Figure receivedWithCarriedOver = figure("收到政府信息公开申请（含上年结转）", "applications received (carry-over from last year included)",
            NarrativeFigures::getReceived, "apply.received.total", "apply.carriedOver.total");
    private final List<Figure> others = List.of(
            figure("予以公开", "applications granted (予以公开)", NarrativeFigures::getGranted, "apply.granted.total"),
            figure("无法提供", "applications answered 无法提供 (not available)", NarrativeFigures::getUnavailable,
                    "apply.unavailable.notHeld.total", "apply.unavailable.needsCreation.total", "apply.unavailable.unclear.total"),
            figure("结转下年度继续办理", "applications carried forward to next year", NarrativeFigures::getCarriedForward,
                    "apply.carriedForward.total"),
            figure("行政复议", "administrative reconsiderations (行政复议)", NarrativeFigures::getReviews, "review.total"),
            figure("行政诉讼", "administrative lawsuits (行政诉讼)", NarrativeFigures::getSuits,
                    "suitDirect.total", "suitAfterReview.total"));

    @Override
    public RuleId id() {
        return RuleId.NARRATIVE_MISMATCH;
    }

    @Override
    public void check(Subject subject, Findings findings) {
        NarrativeFigures narrative = subject.report().getNarrative();
        if (narrative == null) {
            return;
        }
        check(narrative.getReceivedIncludesCarriedOver() ? receivedWithCarriedOver : received, narrative, subject.cells(), findings);
        for (Figure figure : others) {
            check(figure, narrative, subject.cells(), findings);
        }
    }

    private void check(Figure figure, NarrativeFigures narrative, CellSheet cells, Findings findings) {
        Integer stated = figure.stated.apply(narrative);
        if (stated == null || !cells.hasAll(figure.cells)) {
            return;
        }
        long table = cells.sum(figure.cells);
        if (stated.longValue() != table) {
            String expected = Long.toString(table);
            String actual = Integer.toString(stated);
            findings.add(id(), Wording.ids(figure.cells), expected, actual,
                    "一、总体情况中所述" + figure.zh + " " + actual + " 件，应等于 " + Wording.terms(cells, figure.cells, PLUS_ZH)
                            + Wording.verdictZh(expected, actual),
                    "The prose of 一、总体情况 states " + actual + " " + figure.en + "; it should equal "
                            + Wording.terms(cells, figure.cells, PLUS_EN) + Wording.verdictEn(expected, actual));
        }
    }

    private static Figure figure(String zh, String en, Function<NarrativeFigures, Integer> stated, String... cellIds) {
        return new Figure(zh, en, stated, CellIndex.of(List.of(cellIds)));
    }

    /** A figure the prose may state, in words, and the cells whose sum it must equal. */
    private record Figure(String zh, String en, Function<NarrativeFigures, Integer> stated, int[] cells) {
    }
}
