package io.gongkai.ingest.envelope;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a crawler's page text, its line breaks made LF by {@link EnvelopeReader}: leading {@code key: value} lines
 * (标题, 发布时间, 文号, 原文链接 …; an ASCII or full-width colon; a value may be empty, but holds no '|' or tab, which
 * make a table row), maybe a few free lines, a marker line such as {@code ========== 正文 ==========}, then the
 * report. Without a marker the report starts after the metadata lines.
 * <p>It is a page when a marker follows its metadata lines, or when there are two or more of them and one is 标题 or
 * a link: a report opening with lines such as 联系电话：… or 发布机构：… is not a page.
 * <p>Title: 标题's value. Date: the first date in 发布时间, 发布日期, 公开日期 or 成文日期, in that order. URL: the value of
 * 原文链接, 链接 or URL when it is one http(s) URL.
 */
final class CrawlerPageReader {

    private static final Pattern KEY_VALUE = Pattern.compile(
            "[ \\t\\u3000]*([\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z0-9_ \\u3000]{0,11})[:：][ \\t\\u3000]*([^|\\t]*)");
    private static final Pattern MARKER = Pattern.compile(
            "\\s*(?:([=\\-*#~_])\\1{2,}\\s*(?:正文|内容|全文)?\\s*\\1{3,}|[【\\[]?正文[】\\]]?[:：]?)\\s*");
    private static final Pattern KEY_SPACE = Pattern.compile("[\\s\\u3000]+");
    private static final String TITLE_KEY = "标题";
    private static final List<String> DATE_KEYS = List.of("发布时间", "发布日期", "公开日期", "成文日期");
    private static final List<String> URL_KEYS = List.of("原文链接", "链接", "url");
    private static final int FREE_LINES_BEFORE_MARKER = 3;
    private static final int LEAST_METADATA_LINES = 2;

    private CrawlerPageReader() {
    }

    /**
     * The page's report and facts; null when the text is not a crawler page (see the class rule).
     *
     */
    static Layer read(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start) + 1;
        if (!line(KEY_VALUE, text, lineStart).matches()) {
            return null;
        }
        int firstLine = lineNumber(text, lineStart);
        Map<String, String> metadata = new HashMap<>();
        int metadataLines = 0;
        int at = lineStart;
        Matcher keyValue;
        while (at < text.length() && (keyValue = line(KEY_VALUE, text, at)).matches()) {
            metadata.putIfAbsent(KEY_SPACE.matcher(keyValue.group(1)).replaceAll("").toLowerCase(Locale.ROOT),
                    keyValue.group(2).strip());
            metadataLines++;
            at = nextLine(text, at);
        }
        int metadataEnd = at;
        int markerLine = 0;
        for (int free = 0; free <= FREE_LINES_BEFORE_MARKER && at < text.length(); free++) {
            if (line(MARKER, text, at).matches()) {
                markerLine = firstLine + metadataLines + free;
                metadataEnd = nextLine(text, at);
                break;
            }
            at = nextLine(text, at);
        }
        if (markerLine == 0 && (metadataLines < LEAST_METADATA_LINES || !names(metadata))) {
            return null;
        }
        String body = text.substring(metadataEnd);
        String bodyFrom = "line " + lineNumber(text, metadataEnd);
        String lines = metadataLines + " metadata line" + (metadataLines == 1 ? "" : "s");
        String what = "crawler page (" + lines + (markerLine > 0 ? ", marker at line " + markerLine : "") + ")";
        return new Layer(EnvelopeKind.CRAWLER_PAGE, what, body, bodyFrom, title(metadata), published(metadata),
                sourceUrl(metadata));
    }

    private static boolean names(Map<String, String> metadata) {
        return metadata.containsKey(TITLE_KEY) || URL_KEYS.stream().anyMatch(metadata::containsKey);
    }

    private static Layer.Fact<String> title(Map<String, String> metadata) {
        String title = metadata.get(TITLE_KEY);
        return title == null || title.isEmpty() ? null : new Layer.Fact<>(title, TITLE_KEY);
    }

    private static Layer.Fact<LocalDate> published(Map<String, String> metadata) {
        for (String key : DATE_KEYS) {
            String value = metadata.get(key);
            LocalDate date = value == null ? null : Facts.dateWithin(value);
            if (date != null) {
                return new Layer.Fact<>(date, key);
            }
        }
        return null;
    }

    private static Layer.Fact<String> sourceUrl(Map<String, String> metadata) {
        for (String key : URL_KEYS) {
            String value = metadata.get(key);
            if (value != null && Facts.isUrl(value)) {
                return new Layer.Fact<>(value, key.equals("url") ? "URL" : key);
            }
        }
        return null;
    }

    /** A matcher of the pattern over the line starting at {@code from}, without its LF. */
    private static Matcher line(Pattern pattern, String text, int from) {
        int end = text.indexOf('\n', from);
        return pattern.matcher(text).region(from, end < 0 ? text.length() : end);
    }

    private static int nextLine(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end + 1;
    }

    /** The number, from 1, of the line starting at {@code lineStart}. */
    private static int lineNumber(String text, int lineStart) {
        int number = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) {
            number++;
        }
        return number;
    }
}
