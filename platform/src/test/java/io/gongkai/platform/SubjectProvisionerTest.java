package io.gongkai.platform;

import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import io.gongkai.schemas.registry.SchemaRegistryException;
import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.FixedBackOff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubjectProvisionerTest {

    private static final FixedBackOff QUICKLY = new FixedBackOff(10, FixedBackOff.UNLIMITED_ATTEMPTS);

    @Test
    void startUpWaitsForARegistryThatFailsAndAsksAgain() throws Exception {
        try (InMemorySchemaRegistry registry = new InMemorySchemaRegistry()) {
            registry.failNext(5);

            new SubjectProvisioner(registry, OwnedTopics.of(TopicCatalog.VALIDATION_PASSED), QUICKLY).afterSingletonsInstantiated();

            assertThat(registry.subjects()).containsExactly(TopicCatalog.VALIDATION_PASSED.valueSubject());
        }
    }

    @Test
    void startUpWaitsForAnUnreachableRegistryAndFailsOnlyWhenTheBackOffEnds() {
        SchemaRegistryClient unreachable = new SchemaRegistryClient("http://127.0.0.1:1");
        SubjectProvisioner provisioner = new SubjectProvisioner(unreachable, OwnedTopics.of(TopicCatalog.VALIDATION_PASSED),
                new FixedBackOff(10, 3));

        assertThatThrownBy(provisioner::afterSingletonsInstantiated)
                .isInstanceOfSatisfying(SchemaRegistryException.class, refused -> assertThat(refused.isTransient()).isTrue());
    }
}
