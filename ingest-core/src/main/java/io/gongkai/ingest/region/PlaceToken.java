package io.gongkai.ingest.region;

/**
 * A place name found in a text, as written, at {@code [start, end)}, with every gazetteer row (of any year) that
 * bears that name (an array shared with the index: read it, never write it). No rows: a township-shaped name the gazetteer does not know (唐宫街道), a candidate for correction.
 */
record PlaceToken(String written, int start, int end, Division[] rows) {

    static PlaceToken unknown(String written, int start, int end) {
        return new PlaceToken(written, start, end, new Division[0]);
    }

    boolean known() {
        return rows.length > 0;
    }
}
