package io.gongkai.platform;

import io.gongkai.schemas.TopicSpec;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * At start-up, registers the value schema of every topic the service owns under {@code <topic>-value}
 * and holds the subject BACKWARD_TRANSITIVE, so that a producer cannot later register a schema that an
 * existing consumer could not read. Fails start-up with the registry's reason when it refuses.
 */
public class SubjectProvisioner implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SubjectProvisioner.class);

    private final SchemaRegistryClient registry;
    private final OwnedTopics owned;

    public SubjectProvisioner(SchemaRegistryClient registry, OwnedTopics owned) {
        this.registry = registry;
        this.owned = owned;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (TopicSpec topic : owned.topics()) {
            if (SpecificRecord.class.isAssignableFrom(topic.valueType())) {
                Schema schema = SpecificData.get().getSchema(topic.valueType());
                int id = registry.register(topic.valueSubject(), schema);
                registry.setCompatibility(topic.valueSubject(), SchemaRegistryClient.BACKWARD_TRANSITIVE);
                log.info("subject {} holds {} as schema id {}, {}", topic.valueSubject(), schema.getFullName(), id,
                        SchemaRegistryClient.BACKWARD_TRANSITIVE);
            }
        }
    }
}
