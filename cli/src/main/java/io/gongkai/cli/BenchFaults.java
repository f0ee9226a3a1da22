package io.gongkai.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code gongkai bench faults}: the {@link FaultSuite} on a stack of its own under {@code .gongkai/bench-faults}.
 * Prints the suite's table; exits 1 when a report was lost or counted twice.
 */
@Command(name = "faults", description = "Kill each service, restart the broker, hang the registry under load; compare every total with a recount.")
final class BenchFaults implements Callable<Integer> {

    @Option(names = "--departments", description = "departments whose reports go in (default ${DEFAULT-VALUE}; with follow-ups, "
            + "unreadable documents and undecodable records about 1.5 records each)", defaultValue = "240")
    int departments;

    @Option(names = "--registry-pause", description = "seconds the registry hangs (default ${DEFAULT-VALUE})", defaultValue = "30")
    int registryPauseSeconds;

    @Option(names = "--pace", description = "milliseconds between submissions (default ${DEFAULT-VALUE})", defaultValue = "40")
    int paceMillis;

    @Override
    public Integer call() throws Exception {
        Path root = Gongkai.home().toAbsolutePath().getParent();
        Path work = Gongkai.home().resolve("bench-faults");
        LocalDeployment.deleteRecursively(work);
        System.err.println("starting a broker, a registry and the three services …");
        try (LocalDeployment demo = LocalDeployment.start(root, work)) {
            FaultSuite.Result result = FaultSuite.run(demo, new FaultWorkload(templates(root)), departments,
                    Duration.ofSeconds(registryPauseSeconds), Duration.ofMillis(paceMillis), System.err);
            System.out.print(result.table());
            return result.nothingLostOrDoubled() ? 0 : Gongkai.EXIT_FINDINGS;
        }
    }

    /** The sample reports' texts, which the workload's reports are written from. */
    static List<String> templates(Path root) throws Exception {
        List<String> templates = new ArrayList<>();
        for (Path sample : SampleDocuments.samples(root)) {
            templates.add(Files.readString(sample));
        }
        return templates;
    }
}
