package io.gongkai.cli;

import io.gongkai.schemas.KafkaPrincipals;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scale-out: two instances of each service, every topic on six partitions, under the fault suite's workload and faults
 * (the first instance of each service killed and restarted, the broker restarted, the registry hung). Each service's
 * consumer group has both instances' threads as members, each with partitions of its own; and nothing is lost or
 * counted twice: every region-year equals the recount.
 */
class ScaleOutIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final LocalDeployment.Scale TWO_ON_SIX = new LocalDeployment.Scale(2, 6);
    /** Each instance reads with one consumer thread (ingest's listener concurrency, the Streams services' threads). */
    private static final int THREADS_PER_INSTANCE = 1;

    @Test
    void twoInstancesOfEachServiceOnSixPartitionsShareTheWorkAndKeepTotalsExact(@TempDir Path work) throws Exception {
        int departments = Integer.getInteger("gongkai.scale-out.departments", 24);
        try (LocalDeployment demo = LocalDeployment.start(ROOT, work, TWO_ON_SIX)) {
            assertEveryGroupHasEveryThreadWithPartitions(demo);

            FaultSuite.Result result = FaultSuite.run(demo, new FaultWorkload(BenchFaults.templates(ROOT)), departments,
                    Duration.ofSeconds(10), Duration.ofMillis(40), System.out);

            System.out.print(result.table());
            assertThat(result.totalsDiffering()).isEmpty();
            assertThat(result.nothingLostOrDoubled()).as(result.table()).isTrue();
        }
    }

    private static void assertEveryGroupHasEveryThreadWithPartitions(LocalDeployment demo) throws Exception {
        List<String> groups = List.of(KafkaPrincipals.INGEST.consumerGroup(), KafkaPrincipals.VALIDATION.consumerGroup(),
                KafkaPrincipals.AGGREGATION.consumerGroup());
        int expected = TWO_ON_SIX.instances() * THREADS_PER_INSTANCE;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        Map<String, ConsumerGroupDescription> described;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", demo.stack().bootstrapServers()))) {
            do {
                described = admin.describeConsumerGroups(groups).all().get();
                if (described.values().stream().allMatch(group -> workingMembers(group) == expected)) {
                    return;
                }
                Thread.sleep(1_000);
            } while (Instant.now().isBefore(deadline));
        }
        assertThat(described.values()).as("each group's members with partitions").allSatisfy(
                group -> assertThat(workingMembers(group)).as(group.groupId() + ": " + group.members()).isEqualTo(expected));
    }

    private static long workingMembers(ConsumerGroupDescription group) {
        return group.members().stream().map(MemberDescription::assignment).filter(assignment -> !assignment.topicPartitions().isEmpty()).count();
    }
}
