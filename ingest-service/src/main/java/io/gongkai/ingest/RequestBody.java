package io.gongkai.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * A document sent as the raw request body, read while counting: a body over the limit is refused as soon as it
 * passes it (or at once, when its Content-Length says so), never read whole first; an empty body is refused too.
 */
final class RequestBody {

    private RequestBody() {
    }

    /** The request body was longer than the document limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message);
        }
    }

    /** The request carried no document. */
    static final class Empty extends RuntimeException {
        Empty() {
            super("the request has no body: send the document as the raw body with its own Content-Type, or as the "
                    + "multipart/form-data part 'file'");
        }
    }

    /**
     * @param body          the request body
     * @param contentLength the Content-Length header, or null when the body is chunked
     * @param maxBytes      the largest document accepted
     */
    static byte[] read(InputStream body, Long contentLength, int maxBytes) throws IOException {
        if (contentLength != null && contentLength > maxBytes) {
            throw new TooLarge("the body is " + contentLength + " bytes; at most " + maxBytes + " are accepted");
        }
        byte[] content = body.readNBytes(maxBytes + 1);
        if (content.length > maxBytes) {
            throw new TooLarge("the body is longer than " + maxBytes + " bytes, the most accepted");
        }
        if (content.length == 0) {
            throw new Empty();
        }
        return content;
    }
}
