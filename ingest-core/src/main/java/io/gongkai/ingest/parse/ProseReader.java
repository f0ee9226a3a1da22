package io.gongkai.ingest.parse;

import io.gongkai.events.NarrativeFigures;
import io.gongkai.events.Scope;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the prose states: the figures §一 quotes, the years it attributes figures to, the statistics period,
 * whether the report speaks for a whole area, and whether it says there were no reconsiderations or lawsuits.
 * Patterns stay within one clause (no 。，；) and have bounded gaps, so they never backtrack over the text.
 *
 * <p>Figures: received (收到/新收/受理…申请N件; 未收到…申请 → 0; 含上年结转 flags the figure as including carried-over
 * applications), granted (予以公开N件), unavailable (无法提供…N件), carried forward (结转下年度N件, N件结转下年度),
 * reconsiderations (行政复议N件) and lawsuits (行政诉讼N件); "行政复议和行政诉讼0件" and "未发生…行政复议、行政诉讼"
 * set both to 0.
 */
final class ProseReader {

    private static final String CLAUSE = "[^，。；,;：:]";
    private static final String GAP = "[^，。；,;\\d]";
    private static final Anchored RECEIVED = new Anchored(
            "(?:收到|新收|受理|接收|接到)" + CLAUSE + "{0,20}?申请" + GAP + "{0,10}?(\\d+)件", "收到", "新收", "受理", "接收", "接到")
            .followedWithin(22, "申请");
    private static final Anchored NONE_RECEIVED = new Anchored(
            "(?:未|没有)(?:收到|接到|受理|新收)" + CLAUSE + "{0,15}?(?:申请|事项)", "未", "没有");
    private static final Pattern INCLUDES_CARRIED_OVER = Pattern.compile("(?:含|包括)上一?年度?结转");
    private static final Anchored GRANTED = Anchored.startingWith("予以公开", GAP + "{0,8}?(\\d+)件");
    private static final Anchored UNAVAILABLE = Anchored.startingWith(
            "无法提供", "(?:[（(][^）)]{0,40}[）)])?" + GAP + "{0,8}?(\\d+)件");
    private static final Pattern CARRIED_FORWARD_AFTER = Pattern.compile(
            "结转(?:至|到)?下一?年度?" + GAP + "{0,10}?(\\d+)件");
    private static final Anchored CARRIED_FORWARD = Anchored.startingWith("结转", "(?:至|到)?下一?年");
    private static final Pattern COUNT_BEFORE = Pattern.compile("(\\d+)件" + GAP + "{0,8}?$");
    private static final Anchored BOTH_CASES = Anchored.startingWith(
            "行政复议", "(?:和|及|与|、|或)行政诉讼" + GAP + "{0,8}?(\\d+)(?:件|起)");
    private static final Anchored CASES = Anchored.startingWith("行政复议", "[^。；]{0,6}?行政诉讼");
    private static final Pattern NEGATION = Pattern.compile("(?:未|没有|无)[^。；]{0,30}$");
    private static final Anchored REVIEWS = Anchored.startingWith("行政复议", GAP + "{0,10}?(\\d+)(?:件|起)");
    private static final Anchored SUITS = Anchored.startingWith("行政诉讼", GAP + "{0,10}?(\\d+)(?:件|起)");
    private static final Anchored STATISTICS_PERIOD = new Anchored(
            "(?:统计期限|统计期间|统计时限|起止时间|统计时间|统计区间|统计周期|统计范围)[^。；\\n]{0,12}?((?:19|20)\\d{2})\\s*年",
            "统计", "起止时间");
    private static final Anchored AREA_FIGURES = Anchored.startingWith(
            "全", "(?:区|市|县|省|州|旗|盟)" + CLAUSE + "{0,12}?(?:收到|受理|新收|接收|办理)" + CLAUSE + "{0,20}?申请");
    private static final Pattern TOWNSHIP = Pattern.compile(
            "(?:街道|街道办事处|办事处|乡|镇|苏木)(?:人民政府|政府|党工委)?$");
    private static final Pattern ORGAN = Pattern.compile(
            "\\p{IsHan}{2,20}?(?:人民政府办公室|人民政府|街道办事处|办事处|委员会|管理局|局|办公室)"
                    + "|\\p{IsHan}{1,8}?(?:省|自治区)\\p{IsHan}{2,12}?厅");
    private static final String DEPARTMENT_ENDINGS = "局委办室心院所队厅署站馆司部处会社团";

    NarrativeFigures narrative(String overview) {
        String text = squeeze(overview);
        NarrativeFigures figures = new NarrativeFigures();
        Matcher received = RECEIVED.find(text);
        Matcher none = NONE_RECEIVED.find(text);
        if (none != null && (received == null || none.start() < received.start())) {
            figures.setReceived(0);
        } else if (received != null) {
            figures.setReceived(Integer.valueOf(received.group(1)));
            int end = Math.min(text.length(), received.end() + 20);
            figures.setReceivedIncludesCarriedOver(
                    INCLUDES_CARRIED_OVER.matcher(text).region(received.start(), end).find());
        }
        figures.setGranted(first(GRANTED, text));
        figures.setUnavailable(first(UNAVAILABLE, text));
        figures.setCarriedForward(carriedForward(text));
        if (noCases(text)) {
            figures.setReviews(0);
            figures.setSuits(0);
        } else {
            figures.setReviews(firstNotBoth(REVIEWS, text));
            figures.setSuits(first(SUITS, text));
        }
        return figures;
    }

    /** True when the text says there were no reconsiderations or lawsuits (未发生…行政复议、行政诉讼; …0件). */
    boolean saysNoCases(String text) {
        return noCases(squeeze(text));
    }

    private static boolean noCases(String squeezed) {
        Matcher both = BOTH_CASES.find(squeezed);
        if (both != null && Integer.parseInt(both.group(1)) == 0) {
            return true;
        }
        Matcher negation = NEGATION.matcher(squeezed);
        for (Matcher cases = CASES.find(squeezed); cases != null; cases = CASES.find(squeezed, cases.end())) {
            if (negation.region(Math.max(0, cases.start() - 32), cases.start()).find()) {
                return true;
            }
        }
        return false;
    }

    /** 结转下年度N件, or N件结转下年度: the first 结转下年 with a count after or before it. */
    private static Integer carriedForward(String text) {
        Matcher after = CARRIED_FORWARD_AFTER.matcher(text);
        Matcher before = COUNT_BEFORE.matcher(text);
        for (Matcher carried = CARRIED_FORWARD.find(text); carried != null;
             carried = CARRIED_FORWARD.find(text, carried.end())) {
            if (after.region(carried.start(), text.length()).lookingAt()) {
                return Integer.valueOf(after.group(1));
            }
            if (before.region(Math.max(0, carried.start() - 20), carried.start()).find()) {
                return Integer.valueOf(before.group(1));
            }
        }
        return null;
    }

    /**
     * The year of the statistics period (统计期限/起止时间 … 2023年1月1日) first stated in the texts, in order (a period
     * is stated on one line), or null.
     */
    Integer statisticsYear(String... texts) {
        for (String text : texts) {
            Matcher matcher = STATISTICS_PERIOD.find(text);
            if (matcher != null) {
                return Integer.valueOf(matcher.group(1));
            }
        }
        return null;
    }

    /** The years of the sentences that state figures, in order of first appearance; years in 《》 titles left out. */
    List<Integer> proseYears(String overview) {
        List<Integer> years = new ArrayList<>();
        for (int at = overview.indexOf('年'); at >= 0; at = overview.indexOf('年', at + 1)) {
            int digits = at;
            while (digits > 0 && overview.charAt(digits - 1) == ' ') {
                digits--;
            }
            if (digits < 4 || !isYear(overview, digits - 4)) {
                continue;
            }
            int start = sentenceStart(overview, digits - 4);
            int end = sentenceEnd(overview, at);
            Integer year = Integer.valueOf(overview.substring(digits - 4, digits));
            if (!years.contains(year) && !inBookTitle(overview, start, digits - 4)
                    && statesFigure(overview, start, end)) {
                years.add(year);
            }
        }
        return years;
    }

    private static boolean isYear(String text, int at) {
        char first = text.charAt(at);
        char second = text.charAt(at + 1);
        return (first == '1' && second == '9' || first == '2' && second == '0')
                && CellScanner.isDigit(text.charAt(at + 2)) && CellScanner.isDigit(text.charAt(at + 3))
                && (at == 0 || !CellScanner.isDigit(text.charAt(at - 1)));
    }

    private static int sentenceStart(String text, int at) {
        int i = at;
        while (i > 0 && !isSentenceEnd(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int sentenceEnd(String text, int at) {
        int i = at;
        while (i < text.length() && !isSentenceEnd(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether a count is stated between {@code from} and {@code to}: digits, then 件, 条, 篇, 次, 个, 项 or 期. */
    private static boolean statesFigure(String text, int from, int to) {
        int i = from;
        while (i < to) {
            if (!CellScanner.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            while (i < to && CellScanner.isDigit(text.charAt(i))) {
                i++;
            }
            while (i < to && CellScanner.isSpace(text.charAt(i))) {
                i++;
            }
            if (i < to && "件条篇次个项期".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '。' || c == '；' || c == ';' || c == '！' || c == '？';
    }

    private static boolean inBookTitle(String text, int sentenceStart, int at) {
        return text.lastIndexOf('《', at) >= sentenceStart && text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
    }

    /**
     * AREA when the organ is not a township, street or department and the prose counts applications for the whole
     * area (全区/全市/全县/全省…共收到…申请); ORGAN otherwise.
     */
    Scope scope(String organ, String overview) {
        if (organ != null && (TOWNSHIP.matcher(organ).find()
                || DEPARTMENT_ENDINGS.indexOf(organ.charAt(organ.length() - 1)) >= 0)) {
            return Scope.ORGAN;
        }
        return AREA_FIGURES.find(squeeze(overview)) != null ? Scope.AREA : Scope.ORGAN;
    }

    /**
     * The first organ named in the prose (…街道办事处, …人民政府, …局, a province's …厅), for a report whose title
     * names none.
     */
    String organ(String overview) {
        Matcher matcher = ORGAN.matcher(squeeze(overview));
        return matcher.find() ? matcher.group() : null;
    }

    private static Integer first(Anchored pattern, String text) {
        Matcher matcher = pattern.find(text);
        return matcher != null ? Integer.valueOf(matcher.group(1)) : null;
    }

    private static Integer firstNotBoth(Anchored pattern, String text) {
        for (Matcher matcher = pattern.find(text); matcher != null; matcher = pattern.find(text, matcher.end())) {
            if (!matcher.group().contains("诉讼")) {
                return Integer.valueOf(matcher.group(1));
            }
        }
        return null;
    }

    /**
     * The text without whitespace: extracted text spaces numbers ("199 条") and breaks sentences over lines, and
     * Chinese prose needs no spaces.
     */
    private static String squeeze(String text) {
        char[] chars = text.toCharArray();
        int length = 0;
        for (char c : chars) {
            if (!CellScanner.isSpace(c)) {
                chars[length++] = c;
            }
        }
        return length == chars.length ? text : new String(chars, 0, length);
    }
}
