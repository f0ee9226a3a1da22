package io.gongkai.schemas;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * The one vocabulary of every dead letter of gongkai, whichever service wrote it: the record keeps its key, its
 * bytes as they were and its headers, and gains these, naming the cause and where the record came from. Readers
 * (ops, {@code gongkai dlt replay}) find the origin topic in {@link #ORIGIN}.
 */
public final class DeadLetterHeaders {

    /** What every header of the cause begins with; a replayed record goes without them. */
    public static final String PREFIX = "gongkai.dlt.";
    /** The exception's class name. */
    public static final String EXCEPTION = PREFIX + "exception";
    /** The exception's message: what was wrong, in one line. */
    public static final String MESSAGE = PREFIX + "exception.message";
    /** The exception's stack trace. */
    public static final String STACKTRACE = PREFIX + "exception.stacktrace";
    /** Where the record was read: {@code <topic>-<partition>@<offset>}. */
    public static final String ORIGIN = PREFIX + "origin";

    private static final int MAX_CAUSES = 5;

    private DeadLetterHeaders() {
    }

    /** The original headers and the cause's; {@code origin} is {@code <topic>-<partition>@<offset>}. */
    public static Headers withCause(Headers original, Exception error, String origin) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        Headers headers = new RecordHeaders(original.toArray());
        headers.add(EXCEPTION, error.getClass().getName().getBytes(StandardCharsets.UTF_8));
        headers.add(MESSAGE, oneLine(error).getBytes(StandardCharsets.UTF_8));
        headers.add(STACKTRACE, trace.toString().getBytes(StandardCharsets.UTF_8));
        headers.add(ORIGIN, origin.getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    /**
     * What was wrong, in one line: the exception's message, then each cause's that adds to it (a wrapper's generic
     * "listener failed" does not hide the reason), whitespace and line breaks folded.
     */
    static String oneLine(Throwable error) {
        StringBuilder line = new StringBuilder();
        Throwable cause = error;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            if (line.indexOf(message) < 0) {
                line.append(line.isEmpty() ? "" : ": ").append(message);
            }
        }
        return line.toString().replaceAll("\\s+", " ").strip();
    }

    /** The topic an origin header names: {@code gongkai.reports.raw.v1-0@17} → {@code gongkai.reports.raw.v1}. */
    public static String originTopic(String origin) {
        int at = origin.lastIndexOf('@');
        int dash = at < 0 ? -1 : origin.lastIndexOf('-', at);
        return dash > 0 ? origin.substring(0, dash) : null;
    }
}
