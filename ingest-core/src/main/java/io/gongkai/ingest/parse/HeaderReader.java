package io.gongkai.ingest.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what stands before the report's first section: the title, the organ the title names, the page's 发布机构
 * and its date.
 * <ul>
 *   <li>Title: the first line of the preamble with 报告 in it that is not a sentence (≤ 80 characters, no closing
 *       。) nor page metadata (索引号, 发布机构 …). A title starting with 政府信息公开/政务公开 takes the short line above
 *       it (the organ and year, printed on a line of their own).</li>
 *   <li>Organ: the title without its year and from 政府信息公开/政务公开 on, as written — names are not corrected
 *       here.</li>
 *   <li>Publisher: the value after 发布机构/发布单位. Published: the date after 公开日期, 发布日期, 发布时间, 成文日期 or
 *       印发日期, anywhere in the text.</li>
 * </ul>
 */
final class HeaderReader {

    private static final int LONGEST_TITLE = 80;
    private static final int LONGEST_TITLE_PART = 40;
    private static final int TITLE_LOOKAHEAD = 30;
    private static final String[] METADATA = {"索引号", "发布机构", "发布单位", "公开日期", "发布日期", "发布时间", "成文日期",
            "主题分类", "公开方式", "公开范围", "文号", "有效性", "来源", "字号", "浏览次数"};
    private static final String[] DATE_LABELS = {"公开日期", "发布日期", "发布时间", "成文日期", "印发日期"};
    private static final String[] DATE_LABEL_ENDINGS = {"日期", "时间"};
    private static final String[] PUBLISHER_LABELS = {"发布机构", "发布单位"};
    private static final String[] REPORT_WORDS = {"政府信息公开", "政务公开", "信息公开"};
    private static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final int YEAR_DIGITS = 4;

    /**
     * @param title     the title, whitespace collapsed; null when none was found
     * @param titleYear the year the title names, or null
     */
    record Header(String title, Integer titleYear, String organ, String publisher, LocalDate published) {
    }

    /**
     * @param knownTitle     the title the document's envelope gives, taken where no line of the text is a title;
     *                       or null
     * @param knownPublished the publication date the envelope gives, taken where the text states none; or null
     */
    Header read(String text, String[] lines, int preambleEnd, String knownTitle, LocalDate knownPublished) {
        int end = Math.min(preambleEnd, TITLE_LOOKAHEAD);
        String title = titleLine(lines, end);
        if (title == null && knownTitle != null && !knownTitle.isBlank()) {
            title = Whitespace.collapse(knownTitle);
        }
        if (title == null) {
            title = titleInLine(lines, end);
        }
        Integer titleYear = title == null ? null : year(title);
        String organ = title == null ? null : organ(title);
        LocalDate published = published(text);
        return new Header(title, titleYear, organ, publisher(text), published != null ? published : knownPublished);
    }

    /**
     * Whether a title names an annual disclosure report: 政府信息公开, 政务公开 or 信息公开 and then 报 (报告, 年报, or a
     * list page's truncated "年度报..."), and not an article about one (解读, 图解).
     */
    static boolean namesAnnualReport(String title) {
        if (title == null || title.contains("解读")) {
            return false;
        }
        for (String word : REPORT_WORDS) {
            int at = title.indexOf(word);
            if (at >= 0 && title.indexOf('报', at) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String titleLine(String[] lines, int end) {
        String previous = null;
        for (int i = 0; i < end; i++) {
            String line = Whitespace.collapse(lines[i]);
            if (line.isEmpty() || isMetadata(line)) {
                continue;
            }
            if (line.contains("报告") && line.length() <= LONGEST_TITLE && !line.endsWith("。")) {
                boolean bare = line.startsWith("政府信息公开") || line.startsWith("政务公开");
                if (bare && previous != null && previous.length() <= LONGEST_TITLE_PART
                        && !previous.endsWith("。") && !previous.endsWith("，")) {
                    return previous + line;
                }
                return line;
            }
            previous = line;
        }
        return null;
    }

    /**
     * A title run on into the text after it (a page whose line breaks were stripped): on the first line with text,
     * the first 报告 and what precedes it back to the line's start or a field mark ("公开日期:2024-01-26"), when that
     * holds 公开 and is no sentence (no 。，；).
     */
    private static String titleInLine(String[] lines, int end) {
        for (int i = 0; i < end; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int report = line.indexOf("报告");
            if (report < 0) {
                return null;
            }
            int start = report;
            while (start > 0 && report - start < LONGEST_TITLE && !isFieldMark(line.charAt(start - 1))) {
                if (isClauseMark(line.charAt(start - 1))) {
                    return null;
                }
                start--;
            }
            String title = Whitespace.collapse(line.substring(start, report + 2));
            return title.contains("公开") && report - start < LONGEST_TITLE ? title : null;
        }
        return null;
    }

    private static boolean isFieldMark(char c) {
        return c == '|' || c == ':' || c == '：' || c == '\t';
    }

    private static boolean isClauseMark(char c) {
        return c == '。' || c == '，' || c == ',' || c == '；' || c == ';' || c == '！' || c == '？';
    }

    private static boolean isMetadata(String line) {
        if (line.indexOf('|') >= 0 || line.indexOf('\t') >= 0) {
            return true;
        }
        for (String label : METADATA) {
            if (line.startsWith(label)) {
                return true;
            }
        }
        return false;
    }

    /** The first year written in Arabic digits ("2023年", "2023 年度"), else the first in Chinese (二〇二三年). */
    private static Integer year(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (yearEnd(text, i, false) >= 0) {
                return Integer.valueOf(text.substring(i, i + YEAR_DIGITS));
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (yearEnd(text, i, true) >= 0) {
                int year = 0;
                for (int k = i; k < i + YEAR_DIGITS; k++) {
                    year = year * 10 + chineseDigit(text.charAt(k));
                }
                return year >= 1990 && year <= 2099 ? year : null;
            }
        }
        return null;
    }

    /**
     * Where a year written from {@code i} on ends: four digits (19xx or 20xx; or four Chinese digits), optional
     * whitespace, 年, and an optional 度. -1 when no year is written there.
     */
    private static int yearEnd(String text, int i, boolean chinese) {
        if (i + YEAR_DIGITS > text.length()) {
            return -1;
        }
        for (int k = i; k < i + YEAR_DIGITS; k++) {
            char c = text.charAt(k);
            if (chinese ? chineseDigit(c) < 0 : !CellScanner.isDigit(c)) {
                return -1;
            }
        }
        if (!chinese && !text.startsWith("19", i) && !text.startsWith("20", i)) {
            return -1;
        }
        int j = i + YEAR_DIGITS;
        while (j < text.length() && CellScanner.isSpace(text.charAt(j))) {
            j++;
        }
        if (j == text.length() || text.charAt(j) != '年') {
            return -1;
        }
        j++;
        return j < text.length() && text.charAt(j) == '度' ? j + 1 : j;
    }

    /** The text with every year written in it (Arabic, then Chinese) replaced by a space. */
    private static String withoutYears(String text) {
        return withoutYears(withoutYears(text, false), true);
    }

    private static String withoutYears(String text, boolean chinese) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = yearEnd(text, i, chinese);
            if (end >= 0) {
                out.append(' ');
                i = end;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static int chineseDigit(char c) {
        return c == '零' || c == '○' ? 0 : CHINESE_DIGITS.indexOf(c);
    }

    private static String organ(String title) {
        String organ = withoutYears(title);
        int cut = organ.length();
        for (String word : REPORT_WORDS) {
            int at = organ.indexOf(word);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        organ = organ.substring(0, cut);
        int about = organ.indexOf("关于");
        if (about > 0) {
            organ = organ.substring(0, about);
        } else if (about == 0) {
            organ = organ.substring(2);
        }
        organ = trimPunctuation(organ.replace(" ", ""));
        if (organ.endsWith("的")) {
            organ = organ.substring(0, organ.length() - 1);
        }
        return organ.length() >= 2 ? organ : null;
    }

    private static String publisher(String text) {
        for (String label : PUBLISHER_LABELS) {
            int at = text.indexOf(label);
            if (at >= 0) {
                int i = skipSeparators(text, at + label.length());
                int end = i;
                while (end < text.length() && "|\t\n".indexOf(text.charAt(end)) < 0
                        && !text.startsWith("  ", end) && !startsWithDateLabel(text, end)) {
                    end++;
                }
                String value = text.substring(i, end).strip();
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        return null;
    }

    /**
     * The date after the first of {@link #DATE_LABELS} (in their order) that is followed by a real date. The labels
     * all end in 日期 or 时间, so the text is searched for those two words only.
     */
    private static LocalDate published(String text) {
        LocalDate[] byLabel = new LocalDate[DATE_LABELS.length];
        for (String ending : DATE_LABEL_ENDINGS) {
            for (int at = text.indexOf(ending, 2); at >= 0; at = text.indexOf(ending, at + 1)) {
                for (int label = 0; label < DATE_LABELS.length; label++) {
                    if (byLabel[label] == null && text.startsWith(DATE_LABELS[label], at - 2)) {
                        byLabel[label] = dateAt(text, skipSeparators(text, at + ending.length()));
                    }
                }
            }
        }
        for (LocalDate date : byLabel) {
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The date written at {@code i} (2024-01-15, 2024/1/15, 2024年1月15日), or null. */
    private static LocalDate dateAt(String text, int i) {
        Matcher date = DATE.matcher(text).region(i, Math.min(text.length(), i + 16));
        if (!date.lookingAt()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(3)));
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    private static boolean startsWithDateLabel(String text, int i) {
        for (String label : DATE_LABELS) {
            if (text.startsWith(label, i)) {
                return true;
            }
        }
        return false;
    }

    private static int skipSeparators(String text, int i) {
        while (i < text.length() && " :：|\t".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static String trimPunctuation(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetter(s.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1)) && s.charAt(end - 1) != '）'
                && s.charAt(end - 1) != ')') {
            end--;
        }
        return s.substring(start, end);
    }
}
