package io.gongkai.validation.streams;

import io.gongkai.events.ParsedReport;

/**
 * A parsed-report record after decoding: the report (null for a tombstone, which retracts the id), or
 * the original bytes and why they could not be decoded.
 */
record Decoded(ParsedReport report, byte[] undecodable, Exception error) {

    static Decoded of(ParsedReport report) {
        return new Decoded(report, null, null);
    }

    static Decoded failed(byte[] bytes, Exception error) {
        return new Decoded(null, bytes, error);
    }

    boolean isFailure() {
        return error != null;
    }
}
