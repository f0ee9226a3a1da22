package io.gongkai.ingest.envelope;

import io.gongkai.events.RejectionReason;
import io.gongkai.ingest.envelope.RecordFields.Choice;
import io.gongkai.ingest.envelope.RecordFields.Field;
import io.gongkai.ingest.rejection.Rejection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a scraper's CSV record with Commons CSV (RFC 4180: fields quoted or not, holding commas, doubled quotes and
 * line breaks). Records ended in LF, CRLF or a lone CR; {@link EnvelopeReader} has made every line break an LF.
 * <ul>
 *   <li>It is a record when the text parses into one data record of at least three fields, or a header row and one,
 *       that gives a fact besides the report text ({@link RecordFields}): a title, date or page URL; without a header
 *       row, a date or page URL, which no report's own text splits into at its commas.</li>
 *   <li>A header row: the first record when more follow, every field on one line and at most 32 characters, none a
 *       date, a URL or a title with a year.</li>
 *   <li>Several data records of as many fields each are rejected, naming the count, when the first of them is such
 *       a record and holds report text.</li>
 * </ul>
 * Only a text that may be a record is parsed ({@link #mayBeRecord}); parsing stops at the first record with another
 * number of fields than the first, which is where an ordinary report whose first line has commas stops.
 */
final class CsvRecordReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT;
    private static final int LEAST_FIELDS = 3;
    private static final int LONGEST_HEADER_NAME = 32;
    private static final int LONGEST_SHORT_LINE = 400;
    private static final Pattern FACT_START = Pattern.compile(
            "\"?\\s*(?:https?://|(?:19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月])", Pattern.CASE_INSENSITIVE);

    private CsvRecordReader() {
    }

    /**
     * The record's report text and facts; null when the text is not such a record (see the class rule). A record
     * giving facts but no report text is an envelope all the same, with an empty body.
     *
     * @throws Rejection several records
     */
    static Layer read(String text, int start) throws Rejection {
        if (!mayBeRecord(text, start)) {
            return null;
        }
        List<CSVRecord> firstTwo = new ArrayList<>(2);
        int records = 0;
        try (CSVParser parser = CSVParser.parse(text.substring(start), FORMAT)) {
            Iterator<CSVRecord> iterator = parser.iterator();
            while (iterator.hasNext()) {
                CSVRecord record = iterator.next();
                if (records == 0 && record.size() < LEAST_FIELDS
                        || records > 0 && record.size() != firstTwo.get(0).size()) {
                    return null;
                }
                if (records < 2) {
                    firstTwo.add(record);
                }
                records++;
            }
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
        if (records == 0) {
            return null;
        }
        boolean header = records > 1 && isHeader(firstTwo.get(0));
        CSVRecord data = firstTwo.get(header ? 1 : 0);
        List<Field> fields = fields(data, header ? firstTwo.get(0) : null);
        if (!header && !RecordFields.holdsDateOrUrl(fields)) {
            return null;
        }
        Choice choice = RecordFields.choose(fields);
        if (header && !choice.hasFact()) {
            return null;
        }
        int dataRecords = header ? records - 1 : records;
        if (dataRecords > 1) {
            if (choice.body() == null) {
                return null;
            }
            throw new Rejection(RejectionReason.UNREADABLE, "the CSV text holds " + dataRecords + " records of "
                    + data.size() + " fields, each with report text; a document holds one report", null);
        }
        String what = "CSV record " + (header ? "with" : "without") + " header (" + data.size() + " fields)";
        Field body = choice.body();
        return choice.layer(EnvelopeKind.CSV_RECORD, what, body == null ? RecordFields.missingBody(fields, true)
                : header ? body.label() + " (field " + body.number() + ")" : body.label());
    }

    private static boolean isHeader(CSVRecord record) {
        for (String name : record) {
            if (name.length() > LONGEST_HEADER_NAME || name.indexOf('\n') >= 0 || Facts.isUrl(name)
                    || Facts.date(name) != null || Facts.titleStrength(name) == Facts.TITLE_WITH_YEAR) {
                return false;
            }
        }
        return true;
    }

    private static List<Field> fields(CSVRecord data, CSVRecord header) {
        List<Field> fields = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            fields.add(new Field(i + 1, header == null ? null : header.get(i).strip(), data.get(i)));
        }
        return fields;
    }

    /**
     * A look before parsing: the text opens with a quote or its first line has two commas; and the first line is short
     * (a header row, or a record whose quoted text runs on), or a field starts with a URL or a date. A report written
     * on one long line with commas in it is not parsed.
     */
    private static boolean mayBeRecord(String text, int start) {
        int lineEnd = text.indexOf('\n', start);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        int first = text.indexOf(',', start);
        int second = first < 0 ? -1 : text.indexOf(',', first + 1);
        if (text.charAt(start) != '"' && (second < 0 || second > lineEnd)) {
            return false;
        }
        if (lineEnd - start <= LONGEST_SHORT_LINE || fieldStartsWithFact(text, start)) {
            return true;
        }
        for (int comma = first; comma >= 0; comma = text.indexOf(',', comma + 1)) {
            if (fieldStartsWithFact(text, comma + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fieldStartsWithFact(String text, int from) {
        return FACT_START.matcher(text).region(from, text.length()).lookingAt();
    }
}
