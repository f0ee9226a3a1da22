package io.gongkai.ingest.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the sender says about a document besides its bytes.
 *
 * @param sourceId      the scraper's id or the URL: the key of raw and rejected events
 * @param sourceUrl     where it was published, or null
 * @param organHint     the sender's guess of the organ, or null
 * @param regionHint    the sender's guess of the region (code or name), or null
 * @param publishedHint 公开日期 as the site shows it, or null
 * @param fetchedAt     when it was fetched, or null
 */
public record SourceInfo(String sourceId, String sourceUrl, String organHint, String regionHint,
                         LocalDate publishedHint, Instant fetchedAt) {

    /** A source known only by its id. */
    public static SourceInfo of(String sourceId) {
        return new SourceInfo(sourceId, null, null, null, null, null);
    }
}
