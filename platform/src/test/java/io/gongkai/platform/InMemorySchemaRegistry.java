package io.gongkai.platform;

import io.gongkai.schemas.PublishedSchemas;
import io.gongkai.schemas.registry.SchemaRegistry;
import io.gongkai.schemas.registry.SchemaRegistryException;
import org.apache.avro.Schema;

import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A schema registry in memory, for the serdes in TopologyTestDriver and unit tests: one global id per distinct schema
 * (in its published form, as a real registry sees it), subjects and their compatibility levels; and, on demand, the
 * transient failures of a registry that is starting or overloaded. The HTTP client is tested against a real registry.
 */
public final class InMemorySchemaRegistry implements SchemaRegistry, AutoCloseable {

    private static final int UNAVAILABLE = 503;
    private static final int NOT_FOUND = 404;

    private final List<Schema> schemas = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final Map<String, Set<Integer>> subjects = new ConcurrentHashMap<>();
    private final Map<String, String> compatibility = new ConcurrentHashMap<>();
    private final AtomicInteger failing = new AtomicInteger();
    private volatile boolean closed;

    /** Fails the next {@code requests} requests as transient (503), as a registry does that is starting or overloaded. */
    public void failNext(int requests) {
        failing.set(requests);
    }

    /** The subjects registered so far. */
    public Set<String> subjects() {
        return Set.copyOf(subjects.keySet());
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        failIfAsked();
        String published = PublishedSchemas.of(schema).toString();
        int id = ids.computeIfAbsent(published, added -> {
            schemas.add(new Schema.Parser().parse(added));
            return schemas.size();
        });
        subjects.computeIfAbsent(subject, unused -> ConcurrentHashMap.newKeySet()).add(id);
        return id;
    }

    @Override
    public int lookUp(String subject, Schema schema) {
        failIfAsked();
        Integer id = ids.get(PublishedSchemas.of(schema).toString());
        if (id == null || !subjects.getOrDefault(subject, Set.of()).contains(id)) {
            throw new SchemaRegistryException("schema not registered under " + subject, NOT_FOUND);
        }
        return id;
    }

    @Override
    public Schema schemaById(int id) {
        failIfAsked();
        if (id < 1 || id > schemas.size()) {
            throw new SchemaRegistryException("no schema with id " + id, NOT_FOUND);
        }
        return schemas.get(id - 1);
    }

    @Override
    public void setCompatibility(String subject, String level) {
        failIfAsked();
        compatibility.put(subject, level);
    }

    @Override
    public String compatibility(String subject) {
        failIfAsked();
        return compatibility.getOrDefault(subject, "BACKWARD");
    }

    private void failIfAsked() {
        if (closed) {
            throw new SchemaRegistryException("the registry is not answering", new ConnectException("closed"));
        }
        if (failing.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new SchemaRegistryException("Service Unavailable", UNAVAILABLE);
        }
    }

    /** From now on, answers nothing, as a registry that went away: every request fails as transient. */
    @Override
    public void close() {
        closed = true;
    }
}
