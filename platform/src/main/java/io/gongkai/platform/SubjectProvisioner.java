package io.gongkai.platform;

import io.gongkai.schemas.TopicSpec;
import io.gongkai.schemas.registry.SchemaRegistry;
import io.gongkai.schemas.registry.SchemaRegistryException;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

import java.util.function.Supplier;

/**
 * At start-up, registers the value schema of every topic the service owns under {@code <topic>-value}
 * and holds the subject BACKWARD_TRANSITIVE, so that a producer cannot later register a schema that an
 * existing consumer could not read. Fails start-up with the registry's reason when it refuses; while the
 * registry is unreachable, hangs or fails itself, start-up waits and asks again, for as long as that lasts. Several
 * instances may provision at once.
 */
public class SubjectProvisioner implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SubjectProvisioner.class);
    private static final int CONFLICT = 409;

    private final SchemaRegistry registry;
    private final OwnedTopics owned;
    private final BackOff backOff;

    public SubjectProvisioner(SchemaRegistry registry, OwnedTopics owned) {
        this(registry, owned, untilTheRegistryAnswers());
    }

    SubjectProvisioner(SchemaRegistry registry, OwnedTopics owned, BackOff backOff) {
        this.registry = registry;
        this.owned = owned;
        this.backOff = backOff;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (TopicSpec<?, ?> topic : owned.topics()) {
            if (SpecificRecord.class.isAssignableFrom(topic.valueType())) {
                Schema schema = SpecificData.get().getSchema(topic.valueType());
                int id = untilAnswered(topic.valueSubject(), () -> registry.register(topic.valueSubject(), schema));
                untilAnswered(topic.valueSubject(), () -> {
                    holdBackwardTransitive(topic.valueSubject());
                    return null;
                });
                log.info("subject {} holds {} as schema id {}, {}", topic.valueSubject(), schema.getFullName(), id,
                        SchemaRegistry.BACKWARD_TRANSITIVE);
            }
        }
    }

    /**
     * Holds the subject {@link SchemaRegistry#BACKWARD_TRANSITIVE}. Apicurio refuses to create the rule that
     * another instance created at the same moment (409, "a rule named 'COMPATIBILITY' already exists"): then the level
     * is read back, and anything but the one wanted is an error.
     */
    private void holdBackwardTransitive(String subject) {
        try {
            registry.setCompatibility(subject, SchemaRegistry.BACKWARD_TRANSITIVE);
        } catch (SchemaRegistryException refused) {
            if (refused.status() != CONFLICT || !SchemaRegistry.BACKWARD_TRANSITIVE.equals(registry.compatibility(subject))) {
                throw refused;
            }
        }
    }

    /** 1 s, doubling up to 30 s, without end. */
    private static BackOff untilTheRegistryAnswers() {
        ExponentialBackOff backOff = new ExponentialBackOff(1_000, 2);
        backOff.setMaxInterval(30_000);
        return backOff;
    }

    /** The registry's answer to {@code request}, asked again after a transient fault; a refusal is thrown. */
    private <T> T untilAnswered(String subject, Supplier<T> request) {
        BackOffExecution waits = backOff.start();
        while (true) {
            try {
                return request.get();
            } catch (SchemaRegistryException e) {
                long wait = waits.nextBackOff();
                if (!e.isTransient() || wait == BackOffExecution.STOP) {
                    throw e;
                }
                log.warn("subject {}: {}; asking again in {} ms", subject, e.getMessage(), wait);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
