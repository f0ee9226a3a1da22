package io.gongkai.ingest.envelope;

import io.gongkai.ingest.rejection.Rejection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Takes off what a scraper or crawler stored around a report's text — crawler page, CSV record, JSON record,
 * JavaScript string — recognising each by what the text holds, never by a file name, and says what the envelopes
 * gave: title, publication date, source URL.
 * <ul>
 *   <li>Every line break (CRLF, CR, U+2028, U+2029) becomes LF, before anything else.</li>
 *   <li>The text's first characters say what to try, in this order: '{', or '[' then '{', JSON
 *       ({@link JsonRecordReader}); a quote, or a name then '=' or ':' and a quote, a string literal
 *       ({@link JsStringReader}); a first line {@code key: value}, a crawler page ({@link CrawlerPageReader}); a first
 *       line with two commas, or an opening quote, CSV ({@link CsvRecordReader}, which looks further before parsing);
 *       backslash escapes outnumbering line breaks, escaped text. Text that none of these fits is not parsed.</li>
 *   <li>Envelopes nest: what one held is looked at again, up to four envelopes deep; each one's text is stripped of
 *       whitespace at both ends. Where two envelopes give the same fact, the outer one's is kept.</li>
 *   <li>HTML entities are unescaped in the body and title, unless the body is HTML (tags), left to the HTML
 *       reader.</li>
 * </ul>
 * A text without an envelope comes back as it was, but for its line breaks and entities. Thread-safe; it keeps
 * nothing between calls.
 */
public final class EnvelopeReader {

    private static final int MOST_LAYERS = 4;

    /**
     * The report's text without its envelopes, and what they said.
     *
     * @throws Rejection UNREADABLE: an envelope holding several records
     */
    public Envelope unwrap(String text) throws Rejection {
        String body = BodyText.withLfEndings(text);
        List<Layer> layers = new ArrayList<>(1);
        Layer layer;
        while (layers.size() < MOST_LAYERS && (layer = nextLayer(body)) != null) {
            layers.add(layer);
            body = BodyText.withLfEndings(layer.body()).strip();
        }
        body = BodyText.withoutEntities(body);
        if (layers.isEmpty()) {
            return new Envelope(body, List.of(), null, null, null, null);
        }
        return described(body, layers);
    }

    private static Layer nextLayer(String text) throws Rejection {
        int start = firstVisible(text);
        if (start == text.length()) {
            return null;
        }
        Layer layer = JsonRecordReader.read(text, start);
        if (layer == null) {
            layer = JsStringReader.readLiteral(text, start);
        }
        if (layer == null) {
            layer = CrawlerPageReader.read(text, start);
        }
        if (layer == null) {
            layer = CsvRecordReader.read(text, start);
        }
        if (layer == null) {
            layer = JsStringReader.readEscaped(text);
        }
        return layer;
    }

    /** The envelope: each fact from the outermost layer giving it, and each layer in words with the facts it gave. */
    private static Envelope described(String body, List<Layer> layers) {
        String title = null;
        LocalDate published = null;
        String sourceUrl = null;
        StringJoiner description = new StringJoiner("; inside it, ");
        for (Layer layer : layers) {
            StringJoiner sources = new StringJoiner(", ");
            if (layer.bodyFrom() != null) {
                sources.add("body from " + layer.bodyFrom());
            }
            if (title == null && layer.title() != null) {
                title = BodyText.withoutEntities(layer.title().value());
                sources.add("title from " + layer.title().from());
            }
            if (published == null && layer.published() != null) {
                published = layer.published().value();
                sources.add("date from " + layer.published().from());
            }
            if (sourceUrl == null && layer.sourceUrl() != null) {
                sourceUrl = layer.sourceUrl().value();
                sources.add("URL from " + layer.sourceUrl().from());
            }
            description.add(sources.length() == 0 ? layer.what() : layer.what() + ": " + sources);
        }
        List<EnvelopeKind> kinds = layers.stream().map(Layer::kind).toList();
        return new Envelope(body, kinds, title, published, sourceUrl, description.toString());
    }

    /** Where the text's first character that is neither whitespace nor a byte-order mark is; its length if none. */
    private static int firstVisible(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }
}
