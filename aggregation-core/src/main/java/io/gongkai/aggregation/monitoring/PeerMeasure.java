package io.gongkai.aggregation.monitoring;

import java.util.function.Function;

/** What organs are compared on. Every measure ranks the larger figure first. */
public enum PeerMeasure {
    /** 本年新收申请 apply.received.total */
    RECEIVED("本年新收申请", figures -> toDouble(figures.received())),
    /** 予以公开率 apply.granted.total ÷ apply.handledTotal.total */
    GRANTED_RATE("予以公开率", PeerFigures::grantedRate),
    /** 行政复议 review.total */
    REVIEWS("行政复议", figures -> toDouble(figures.reviews())),
    /** 行政诉讼 suitDirect.total + suitAfterReview.total */
    SUITS("行政诉讼", figures -> toDouble(figures.suits()));

    private final String labelZh;
    private final Function<PeerFigures, Double> figure;

    PeerMeasure(String labelZh, Function<PeerFigures, Double> figure) {
        this.labelZh = labelZh;
        this.figure = figure;
    }

    public String labelZh() {
        return labelZh;
    }

    /** The report's figure for this measure, or null where it left it unread. */
    public Double of(PeerFigures figures) {
        return figure.apply(figures);
    }

    private static Double toDouble(Integer value) {
        return value == null ? null : value.doubleValue();
    }
}
