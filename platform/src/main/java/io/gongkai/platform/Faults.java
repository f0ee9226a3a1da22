package io.gongkai.platform;

import io.gongkai.schemas.registry.SchemaRegistryException;
import org.apache.kafka.common.errors.RetriableException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;

/**
 * Tells a transient fault from a poison record: a fault that goes away by itself when the same record is tried
 * again later (the registry or the broker unreachable, slow or overloaded) is transient, and must be retried, never
 * dead-lettered; anything else about a record (bytes not in the wire format, a schema the registry does not have,
 * a value that breaks a rule of the data) is poison, and goes to the dead-letter topic.
 */
public final class Faults {

    private Faults() {
    }

    /** Whether the error, or any of its causes, is transient. */
    public static boolean isTransient(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SchemaRegistryException registry && registry.isTransient()
                    || cause instanceof RetriableException
                    || cause instanceof ConnectException
                    || cause instanceof SocketTimeoutException
                    || cause instanceof HttpTimeoutException
                    || cause instanceof TimeoutException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
