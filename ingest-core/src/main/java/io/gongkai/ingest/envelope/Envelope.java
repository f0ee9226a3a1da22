package io.gongkai.ingest.envelope;

import java.time.LocalDate;
import java.util.List;

/**
 * What wrapped a report, and the report's text without it.
 *
 * @param body        the report's text: line breaks as LF, HTML entities unescaped unless the text is HTML; when an
 *                    envelope was taken off, without whitespace at either end
 * @param layers      the envelopes taken off, outermost first; empty when the text had none
 * @param title       the title an envelope gives, or null
 * @param published   the publication date an envelope gives, or null
 * @param sourceUrl   the page the report was taken from, as an envelope gives it, or null
 * @param description one line saying what was taken off and where each fact came from; null when nothing was
 */
public record Envelope(String body, List<EnvelopeKind> layers, String title, LocalDate published, String sourceUrl,
                       String description) {

    public Envelope {
        layers = List.copyOf(layers);
    }

    /** Whether an envelope was taken off. */
    public boolean unwrapped() {
        return !layers.isEmpty();
    }
}
