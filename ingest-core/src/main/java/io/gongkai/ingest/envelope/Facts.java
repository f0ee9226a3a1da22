package io.gongkai.ingest.envelope;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a value in an envelope states, read from the value alone: a date, a page or attachment URL, a title naming a
 * report, or report text (by its count of CJK characters).
 */
final class Facts {

    /** {@link #titleStrength} of a title with a year and 报: '…2021年政府信息公开工作年度报告'. */
    static final int TITLE_WITH_YEAR = 2;
    /** {@link #titleStrength} of a title with 政府信息公开 or 政务公开 but no year and 报. */
    private static final int TITLE_WITHOUT_YEAR = 1;
    /** A title is short: a report's own text is longer, or breaks lines, or ends a sentence. */
    private static final int LONGEST_TITLE = 100;

    private static final String DATE = "((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?";
    private static final Pattern DATE_WITHIN = Pattern.compile(DATE);
    private static final Pattern DATE_ONLY = Pattern.compile("\\s*" + DATE
            + "(?:[T\\s]+\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?\\s*");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    private static final Pattern ONE_URL = Pattern.compile("\\s*https?://[^\\s]+\\s*", Pattern.CASE_INSENSITIVE);
    private static final Set<String> ATTACHMENT_EXTENSIONS = Set.of("doc", "docx", "wps", "pdf", "ofd", "xls", "xlsx",
            "et", "ppt", "pptx", "zip", "rar", "7z", "gz", "jpg", "jpeg", "png", "gif");
    private static final int UNICODE_ESCAPE = 6;

    private Facts() {
    }

    /** The date the whole value is ('2022-01-28', '2020年01月16日', '2018-01-29 14:30:00', '2020/1/20'), or null. */
    static LocalDate date(String value) {
        Matcher date = DATE_ONLY.matcher(value);
        return date.matches() ? date(date) : null;
    }

    /** The first date written in the value ('2020-01-20 15:22', '发布于2020年1月20日'), or null. */
    static LocalDate dateWithin(String value) {
        Matcher date = DATE_WITHIN.matcher(value);
        while (date.find()) {
            LocalDate found = date(date);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Whether the value is one http(s) URL and nothing else (not two joined by ';'). */
    static boolean isUrl(String value) {
        return ONE_URL.matcher(value).matches() && value.indexOf("://", value.indexOf("://") + 1) < 0;
    }

    /** Whether a URL names a file rather than a page: its path ends in .doc, .pdf, .xls, .zip, .jpg …. */
    static boolean isAttachment(String url) {
        String path = path(url);
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') && ATTACHMENT_EXTENSIONS.contains(path.substring(dot + 1)
                .toLowerCase(Locale.ROOT));
    }

    /** How many non-empty segments a URL's path has: a page lies deeper than the list or column page naming it. */
    static int pathDepth(String url) {
        int depth = 0;
        for (String segment : path(url).split("/")) {
            if (!segment.isEmpty()) {
                depth++;
            }
        }
        return depth;
    }

    /** How many of a URL's query parameters have a value ('article=17049&column=1153' 2, 'article=&column=1153' 1). */
    static int filledQueryValues(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return 0;
        }
        int fragment = url.indexOf('#', query);
        int filled = 0;
        for (String parameter : url.substring(query + 1, fragment < 0 ? url.length() : fragment).split("&")) {
            int equals = parameter.indexOf('=');
            if (equals < 0 ? !parameter.isEmpty() : equals < parameter.length() - 1) {
                filled++;
            }
        }
        return filled;
    }

    /**
     * How plainly a value names a report, as a title does: {@link #TITLE_WITH_YEAR} when it holds a year and 报 (报告,
     * 年报, or a title cut short as '…年度报...'), {@link #TITLE_WITHOUT_YEAR} when it holds 政府信息公开 or 政务公开,
     * else 0. Only a short value on one line that does not end a sentence can be a title.
     */
    static int titleStrength(String value) {
        String title = value.strip();
        if (title.isEmpty() || title.length() > LONGEST_TITLE || title.indexOf('\n') >= 0 || title.endsWith("。")) {
            return 0;
        }
        if (title.indexOf('报') >= 0 && YEAR.matcher(title).find()) {
            return TITLE_WITH_YEAR;
        }
        return title.contains("政府信息公开") || title.contains("政务公开") ? TITLE_WITHOUT_YEAR : 0;
    }

    /** How many CJK ideographs the value holds, an escaped one (backslash-u4e00 …) counted as one. */
    static int reportChars(String value) {
        int count = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isIdeographic(c)) {
                count++;
            } else if (c == '\\' && i + UNICODE_ESCAPE <= value.length() && value.charAt(i + 1) == 'u') {
                int code = hex(value, i + 2, i + UNICODE_ESCAPE);
                if (code >= 0 && Character.isIdeographic(code)) {
                    count++;
                    i += UNICODE_ESCAPE - 1;
                }
            }
        }
        return count;
    }

    /** The hexadecimal number written in {@code text[from, to)}, or -1 when it is not one. */
    static int hex(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int digit = c < 128 ? Character.digit(c, 16) : -1;
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    private static LocalDate date(Matcher date) {
        try {
            return LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A URL's path: after the host, before any query or fragment. */
    private static String path(String url) {
        String address = url.strip();
        int scheme = address.indexOf("://");
        int slash = address.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        if (slash < 0) {
            return "";
        }
        int end = address.length();
        for (char c : new char[] {'?', '#'}) {
            int at = address.indexOf(c, slash);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return address.substring(slash, end);
    }
}
