package io.gongkai.schemas.registry;

import org.apache.avro.Schema;

/**
 * What the serdes and the services need of a schema registry: schemas registered under subjects with global ids, and
 * each subject's compatibility level. {@link SchemaRegistryClient} speaks the Confluent REST API to a real one.
 * Failures are {@link SchemaRegistryException}s, transient or final ({@link SchemaRegistryException#isTransient}).
 */
public interface SchemaRegistry {

    /** Compatibility that every gongkai subject uses: any new schema reads every older one. */
    String BACKWARD_TRANSITIVE = "BACKWARD_TRANSITIVE";

    /** Registers {@code schema} under {@code subject}, or finds it registered there; its global id. */
    int register(String subject, Schema schema);

    /** The id of {@code schema} already registered under {@code subject}; fails when it is not. */
    int lookUp(String subject, Schema schema);

    /** The schema with the given global id. */
    Schema schemaById(int id);

    /** Sets the compatibility level of {@code subject}, e.g. {@link #BACKWARD_TRANSITIVE}. */
    void setCompatibility(String subject, String level);

    /** The compatibility level of {@code subject}. */
    String compatibility(String subject);
}
