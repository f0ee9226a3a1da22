package io.gongkai.schemas.registry;

/** The registry refused a request or could not be reached; the message names the subject or id and the registry's reason. */
public class SchemaRegistryException extends RuntimeException {

    private final int status;

    public SchemaRegistryException(String message, int status) {
        super(message);
        this.status = status;
    }

    public SchemaRegistryException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    /** The HTTP status the registry answered with, or -1 when it did not answer. */
    public int status() {
        return status;
    }

    /**
     * Whether asking again later may succeed: the registry did not answer (unreachable, timed out), was overloaded
     * (408, 429) or failed itself (5xx). A 4xx refusal (an unknown schema id, an incompatible schema) is final.
     */
    public boolean isTransient() {
        return status == -1 || status == 408 || status == 429 || status >= 500;
    }
}
