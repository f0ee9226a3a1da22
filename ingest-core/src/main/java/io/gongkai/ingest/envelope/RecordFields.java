package io.gongkai.ingest.envelope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Tells a record's fields (a CSV record's, a JSON record's string values) apart by what they hold; a field's name
 * only breaks ties.
 * <ul>
 *   <li>URL: among fields that are exactly one http(s) URL and not an attachment (.doc, .pdf, .zip …), the page rather
 *       than its list or column page: the deepest path, then the most query values filled in, then a name like
 *       访问地址/链接/url, then the first.</li>
 *   <li>Date: the first field that is a date ('2022-01-28', '2020年01月16日', '2018-01-29 14:30:00', '2020/1/20'), one
 *       named like 时间/日期/date first.</li>
 *   <li>Title: among the other fields, the one that names a report most plainly ({@link Facts#titleStrength}), then one
 *       named like 标题/title, then the first.</li>
 *   <li>Body: among the fields left that name no report and are no URL, the one with the most CJK characters (escaped
 *       ones counted), then one named like 内容/正文/content, then the longest, then the first. A record whose fields
 *       hold no CJK character there has no body.</li>
 * </ul>
 */
final class RecordFields {

    private static final List<String> URL_NAMES = List.of("地址", "链接", "网址", "url", "link", "href");
    private static final List<String> DATE_NAMES = List.of("时间", "日期", "date", "time");
    private static final List<String> TITLE_NAMES = List.of("标题", "题目", "名称", "title", "name", "subject");
    private static final List<String> BODY_NAMES = List.of("内容", "正文", "全文", "content", "body", "text", "article");

    private RecordFields() {
    }

    /**
     * A field of a record.
     *
     * @param number its place in the record, from 1
     * @param name   its header name or JSON path; null when the record has no header
     */
    record Field(int number, String name, String value) {

        /** The field's name, or "field N" when it has none. */
        String label() {
            return name == null ? "field " + number : name;
        }
    }

    /** The fields chosen; any may be null. {@code published} is the date {@code date} holds. */
    record Choice(Field body, Field title, Field date, LocalDate published, Field url) {

        /** Whether the record gives a title, a date or a page URL. */
        boolean hasFact() {
            return title != null || date != null || url != null;
        }

        /**
         * The record as an envelope taken off, its body from {@code bodyFrom}; a record without report text holds an
         * empty body, for the parser to judge by the title (a record of a report whose text the scraper missed).
         */
        Layer layer(EnvelopeKind kind, String what, String bodyFrom) {
            return new Layer(kind, what, body == null ? "" : body.value(), bodyFrom,
                    title == null ? null : new Layer.Fact<>(title.value().strip(), title.label()),
                    date == null ? null : new Layer.Fact<>(published, date.label()),
                    url == null ? null : new Layer.Fact<>(url.value().strip(), url.label()));
        }
    }

    /**
     * Whether a field is a date or a page URL: facts a report's own text does not split into at its commas. Cheaper
     * than {@link #choose}, which reads every field's characters.
     */
    static boolean holdsDateOrUrl(List<Field> fields) {
        return fields.stream().anyMatch(field -> Facts.isUrl(field.value()) ? !Facts.isAttachment(field.value())
                : Facts.date(field.value()) != null);
    }

    /** The body, title, date and URL among the fields, by the class rule. */
    static Choice choose(List<Field> fields) {
        List<Field> urls = new ArrayList<>();
        Field date = null;
        LocalDate published = null;
        List<Candidate> others = new ArrayList<>();
        for (Field field : fields) {
            LocalDate fieldDate;
            if (Facts.isUrl(field.value())) {
                if (!Facts.isAttachment(field.value())) {
                    urls.add(field);
                }
            } else if ((fieldDate = Facts.date(field.value())) != null) {
                if (date == null || named(field, DATE_NAMES) && !named(date, DATE_NAMES)) {
                    date = field;
                    published = fieldDate;
                }
            } else {
                others.add(new Candidate(field));
            }
        }
        Field title = others.stream()
                .filter(candidate -> candidate.titleStrength() > 0)
                .max(Comparator.comparingInt((Candidate candidate) -> candidate.titleStrength())
                        .thenComparing(candidate -> named(candidate.field(), TITLE_NAMES))
                        .thenComparing(candidate -> candidate.field().number(), Comparator.reverseOrder()))
                .map(Candidate::field)
                .orElse(null);
        Field body = others.stream()
                .filter(candidate -> candidate.titleStrength() == 0 && candidate.reportChars() > 0)
                .max(Comparator.comparingInt((Candidate candidate) -> candidate.reportChars())
                        .thenComparing(candidate -> named(candidate.field(), BODY_NAMES))
                        .thenComparingInt(candidate -> candidate.field().value().length())
                        .thenComparing(candidate -> candidate.field().number(), Comparator.reverseOrder()))
                .map(Candidate::field)
                .orElse(null);
        Field url = urls.stream()
                .max(Comparator.comparingInt((Field field) -> Facts.pathDepth(field.value()))
                        .thenComparingInt(field -> Facts.filledQueryValues(field.value()))
                        .thenComparing(field -> named(field, URL_NAMES))
                        .thenComparing(Field::number, Comparator.reverseOrder()))
                .orElse(null);
        return new Choice(body, title, date, published, url);
    }

    /**
     * Where a record without report text should have held it, in words: the field whose name says it holds the
     * text, if one does ({@code numbered}: named with its place, as in a CSV record).
     */
    static String missingBody(List<Field> fields, boolean numbered) {
        Field named = fields.stream().filter(field -> named(field, BODY_NAMES)).findFirst().orElse(null);
        if (named == null) {
            return "nowhere: no field besides its title, date and URLs holds CJK text";
        }
        String where = numbered ? named.label() + " (field " + named.number() + ")" : named.label();
        return where + ", which " + (named.value().isBlank() ? "is empty" : "holds no CJK text");
    }

    /** A field that may be the title or the body, with what decides which: read once, compared often. */
    private record Candidate(Field field, int titleStrength, int reportChars) {

        Candidate(Field field) {
            this(field, Facts.titleStrength(field.value()),
                    startsWithUrl(field.value()) ? 0 : Facts.reportChars(field.value()));
        }
    }

    private static boolean named(Field field, List<String> words) {
        if (field.name() == null) {
            return false;
        }
        String name = field.name().toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(name::contains);
    }

    private static boolean startsWithUrl(String value) {
        int start = 0;
        while (start < value.length() && Character.isWhitespace(value.charAt(start))) {
            start++;
        }
        return value.regionMatches(true, start, "http://", 0, "http://".length())
                || value.regionMatches(true, start, "https://", 0, "https://".length());
    }
}
