package io.gongkai.platform;

import io.gongkai.events.ValidationOutcome;
import io.gongkai.localstack.LocalStackExtension;
import io.gongkai.schemas.TopicSpec;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Instances of a service that start together provision their subjects together, against the real registry. */
@ExtendWith(LocalStackExtension.class)
class SubjectProvisionerIT {

    private static final int INSTANCES = 3;
    private static final int ROUNDS = 8;

    @Test
    void instancesProvisioningTheSameSubjectsAtOnceAllStart() {
        String registryUrl = LocalStackExtension.stack().schemaRegistryUrl();
        for (int round = 0; round < ROUNDS; round++) {
            TopicSpec<?, ?> topic = new TopicSpec<>(LocalStackExtension.uniqueName("provision-it"), String.class, ValidationOutcome.class, Map.of());
            CyclicBarrier together = new CyclicBarrier(INSTANCES);
            List<CompletableFuture<Void>> instances = IntStream.range(0, INSTANCES).mapToObj(instance -> CompletableFuture.runAsync(() -> {
                SubjectProvisioner provisioner = new SubjectProvisioner(new SchemaRegistryClient(registryUrl), OwnedTopics.of(topic));
                await(together);
                provisioner.afterSingletonsInstantiated();
            })).toList();

            assertThat(instances).allSatisfy(instance -> assertThat(instance).succeedsWithin(Duration.ofMinutes(1)));
            assertThat(new SchemaRegistryClient(registryUrl).compatibility(topic.valueSubject())).isEqualTo(SchemaRegistryClient.BACKWARD_TRANSITIVE);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
