package io.gongkai.ingest.document;

import io.gongkai.events.RejectionReason;
import io.gongkai.ingest.rejection.Rejection;

/** UNREADABLE rejections of a whole document (no location), and a library exception's reason in words. */
final class Unreadable {

    private Unreadable() {
    }

    static Rejection rejection(String detail) {
        return new Rejection(RejectionReason.UNREADABLE, detail, null);
    }

    static Rejection rejection(String detail, Throwable cause) {
        return new Rejection(RejectionReason.UNREADABLE, detail, null, cause);
    }

    /** The exception's type and message, e.g. {@code IOException: Truncated ZIP file}. */
    static String reason(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }
}
