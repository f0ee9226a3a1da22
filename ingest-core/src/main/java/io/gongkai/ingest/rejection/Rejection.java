package io.gongkai.ingest.rejection;

import io.gongkai.events.RejectionReason;

/**
 * A document that is not a readable report: a stable reason code, what was wrong, and where
 * (section, table or line; null when the whole document is at fault).
 */
public final class Rejection extends Exception {

    private final RejectionReason reason;
    private final String location;

    public Rejection(RejectionReason reason, String detail, String location) {
        super(detail);
        this.reason = reason;
        this.location = location;
    }

    public Rejection(RejectionReason reason, String detail, String location, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
        this.location = location;
    }

    public RejectionReason reason() {
        return reason;
    }

    public String detail() {
        return getMessage();
    }

    public String location() {
        return location;
    }
}
