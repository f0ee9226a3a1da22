package io.gongkai.ingest.envelope;

import java.time.LocalDate;

/**
 * One envelope taken off: what it was, the text it held, and the facts it gave, each with where it came from.
 *
 * @param what     the envelope in words, e.g. "CSV record with header (7 fields)"
 * @param body     the text inside, as the envelope holds it
 * @param bodyFrom where in the envelope the text was, e.g. "内容 (field 3)"; null when it was all of the envelope
 * @param title    the title it gives, or null
 * @param published the publication date it gives, or null
 * @param sourceUrl the page URL it gives, or null
 */
record Layer(EnvelopeKind kind, String what, String body, String bodyFrom, Fact<String> title,
             Fact<LocalDate> published, Fact<String> sourceUrl) {

    /** A fact and where in its envelope it stood: a field's name or number, a metadata key. */
    record Fact<T>(T value, String from) {
    }

    /** An envelope that is nothing but a wrapping: its text, no facts. */
    static Layer bare(EnvelopeKind kind, String what, String body) {
        return new Layer(kind, what, body, null, null, null, null);
    }
}
