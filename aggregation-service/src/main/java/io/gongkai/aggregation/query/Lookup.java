package io.gongkai.aggregation.query;

/**
 * The answer to a query of the state stores: found, known not to exist, or not answerable right now
 * (the store is rebalancing or restoring, or its owner cannot be reached), with the reason.
 */
public sealed interface Lookup<T> {

    record Found<T>(T value) implements Lookup<T> {
    }

    record Missing<T>(String reason) implements Lookup<T> {
    }

    record Unavailable<T>(String reason) implements Lookup<T> {
    }
}
