package io.gongkai.aggregation.totals;

import io.gongkai.events.ReportFigures;

/** Field-by-field arithmetic on the five figures a total sums. Every result is a new instance. */
public final class Figures {

    private Figures() {
    }

    public static ReportFigures zero() {
        return new ReportFigures(0, 0, 0, 0, 0);
    }

    public static ReportFigures copy(ReportFigures figures) {
        return plus(zero(), figures);
    }

    public static ReportFigures plus(ReportFigures a, ReportFigures b) {
        return new ReportFigures(
                a.getReceived() + b.getReceived(),
                a.getCarriedOver() + b.getCarriedOver(),
                a.getCarriedForward() + b.getCarriedForward(),
                a.getReviewPending() + b.getReviewPending(),
                a.getSuitPending() + b.getSuitPending());
    }

    public static ReportFigures minus(ReportFigures a, ReportFigures b) {
        return plus(a, negate(b));
    }

    public static ReportFigures negate(ReportFigures figures) {
        return new ReportFigures(
                -figures.getReceived(),
                -figures.getCarriedOver(),
                -figures.getCarriedForward(),
                -figures.getReviewPending(),
                -figures.getSuitPending());
    }

    public static boolean isZero(ReportFigures figures) {
        return figures.equals(zero());
    }
}
