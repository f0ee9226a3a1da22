package io.gongkai.schemas;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Violation ids are {@code <reportId>#<rule>#<cells>}, where {@code <cells>} is the first 8 hex digits of the
 * SHA-256 of the cell ids the rule read, joined by commas: the key of gongkai.validation.reviews.v1. The id
 * holds no figure, so a corrected report that still breaks the same rule on the same cells keeps its id, and
 * with it its review.
 */
public final class ViolationIds {

    private ViolationIds() {
    }

    public static String of(String reportId, String rule, List<String> cells) {
        return reportId + "#" + rule + "#" + cellsDigest(cells);
    }

    /** The report a violation id belongs to. */
    public static String reportId(String violationId) {
        int rule = violationId.lastIndexOf('#', violationId.lastIndexOf('#') - 1);
        if (rule < 0) {
            throw new IllegalArgumentException("not a violation id (<reportId>#<rule>#<cells>): " + violationId);
        }
        return violationId.substring(0, rule);
    }

    private static String cellsDigest(List<String> cells) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join(",", cells).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
