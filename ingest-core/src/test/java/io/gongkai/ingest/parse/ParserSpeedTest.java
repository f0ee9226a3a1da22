package io.gongkai.ingest.parse;

import io.gongkai.ingest.report.Rejection;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parses the seeds over and over on one thread and prints the rate, by the wall clock and by the thread's own CPU
 * time (the build machine is shared, so the wall clock also counts other processes). The goal is 5,000 reports a
 * second on one core, 200 µs a report of ~7 KB; nothing is asserted on time.
 */
class ParserSpeedTest {

    private static final int WARM_UP = 20_000;
    private static final int PARSES = 20_000;

    @Test
    void printsReportsPerSecond() throws Rejection {
        ReportParser parser = new ReportParser();
        List<String> texts = Samples.seeds().stream().map(Samples.Seed::text).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cells = 0;
        for (int i = 0; i < WARM_UP; i++) {
            cells += parser.parse(texts.get(i % texts.size())).cells().size();
        }
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < PARSES; i++) {
            cells += parser.parse(texts.get(i % texts.size())).cells().size();
        }
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;

        System.out.printf("ReportParser: %d parses of the seeds: %.0f reports/s by the wall clock (%.0f µs each), "
                        + "%.0f reports/s by this thread's CPU time (%.0f µs each)%n", PARSES, PARSES / wallSeconds,
                wallSeconds * 1e6 / PARSES, PARSES / cpuSeconds, cpuSeconds * 1e6 / PARSES);
        assertThat(cells).isEqualTo(200L * (WARM_UP + PARSES));
    }
}
