package io.gongkai.ingest.report;

import io.gongkai.events.RegionNode;

import io.gongkai.schemas.RegionCodes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The identity of a report: {@code <region code>:<organ role>:<year>}, where the organ role is the organ
 * name less the place names its region path already says (杭州市拱墅区人民政府上塘街道办事处 in 上塘街道 →
 * 人民政府, 诸暨市卫生健康局 in 诸暨市 → 卫生健康局). Re-scrapes and corrections of the same report keep
 * their id; the content hash tells their versions apart.
 */
public final class ReportIdentity {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String GOVERNMENT = "人民政府";
    /** What is left of an organ name once its place is removed, when the organ is that place's government itself. */
    private static final Set<String> GOVERNMENT_ITSELF = Set.of("", "人民政府", "政府", "办事处", "街道办事处", "人民政府办事处");

    private ReportIdentity() {
    }

    /** The report id of {@code organ} (official name) in the region {@code path} (empty when unresolved) for {@code year}. */
    public static String reportId(String organ, List<RegionNode> path, int year) {
        String name = normalise(organ);
        if (path.isEmpty()) {
            return RegionCodes.UNRESOLVED + ":" + name + ":" + year;
        }
        String role = name;
        List<String> placeNames = path.stream().map(RegionNode::getName).map(ReportIdentity::normalise)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String place : placeNames) {
            role = role.replace(place, "");
        }
        if (role.startsWith(GOVERNMENT) && !GOVERNMENT_ITSELF.contains(role)) {
            role = role.substring(GOVERNMENT.length());
        }
        if (GOVERNMENT_ITSELF.contains(role)) {
            role = GOVERNMENT;
        }
        return path.get(path.size() - 1).getCode() + ":" + role + ":" + year;
    }

    /** SHA-256 (hex) of the text after NFKC normalisation and whitespace collapsing: layout noise does not make a new version. */
    public static String contentHash(String text) {
        return sha256(collapseWhitespace(Nfkc.normalize(text)).strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Each run of {@code \s} (space, \t, \n, \x0B, \f, \r) made one space, as {@code replaceAll("\\s+", " ")}. */
    private static String collapseWhitespace(String text) {
        char[] chars = text.toCharArray();
        int length = 0;
        boolean inRun = false;
        for (char c : chars) {
            boolean whitespace = c == ' ' || c >= '\t' && c <= '\r';
            if (!whitespace) {
                chars[length++] = c;
            } else if (!inRun) {
                chars[length++] = ' ';
            }
            inRun = whitespace;
        }
        return new String(chars, 0, length);
    }

    /** SHA-256 (hex) of bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String normalise(String name) {
        return WHITESPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
    }
}
