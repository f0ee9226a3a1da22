package io.gongkai.aggregation.monitoring;

/**
 * The figures an organ is compared with its peers on; each null where the report left it unread.
 *
 * @param received apply.received.total 本年新收
 * @param granted  apply.granted.total 予以公开
 * @param handled  apply.handledTotal.total 办理结果总计
 * @param reviews  review.total 行政复议
 * @param suits    suitDirect.total + suitAfterReview.total 行政诉讼
 */
public record PeerFigures(Integer received, Integer granted, Integer handled, Integer reviews, Integer suits) {

    static final PeerFigures NONE = new PeerFigures(null, null, null, null, null);

    /** 予以公开率: granted ÷ handled, or null when either is unread or nothing was handled. */
    public Double grantedRate() {
        return granted == null || handled == null || handled == 0 ? null : granted / (double) handled;
    }
}
