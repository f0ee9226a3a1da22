package io.gongkai.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault suite as part of the build: each service killed with SIGKILL, the broker restarted, the registry hung
 * while validation-service starts cold — and every region-year still equal to the recount. The build runs a short
 * workload; {@code ./mvnw -Pfaults verify} (or {@code ./gongkai bench faults}) the long one.
 */
class FaultsIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void noFaultLosesAReportOrCountsOneTwice(@TempDir Path work) throws Exception {
        int departments = Integer.getInteger("gongkai.faults.departments", 40);
        try (LocalDeployment demo = LocalDeployment.start(ROOT, work)) {
            FaultSuite.Result result = FaultSuite.run(demo, new FaultWorkload(BenchFaults.templates(ROOT)), departments,
                    Duration.ofSeconds(20), Duration.ofMillis(40), System.out);
            System.out.print(result.table());
            assertThat(result.totalsDiffering()).isEmpty();
            assertThat(result.nothingLostOrDoubled()).as(result.table()).isTrue();
        }
    }
}
