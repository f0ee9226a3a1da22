package io.gongkai.validation.rules;

import io.gongkai.events.ParsedReport;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replay validates 100,000 reports: one must take well under 100 µs, cross-year rules included. Measured in the
 * thread's CPU time, best of several rounds, so that other builds on the machine do not count.
 */
class ValidatorSpeedTest {

    private static final int ROUNDS = 5;
    private static final int PER_ROUND = 4_000;

    @Test
    void aReportWithItsPreviousYearValidatesWellUnder100Microseconds() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Validator validator = new Validator();
        ParsedReport report = Seeds.report("003");
        Optional<ParsedReport> previous = Optional.of(Seeds.previousYear("003", report));
        for (int i = 0; i < 5 * PER_ROUND; i++) {
            validator.validate(report, previous, Outcomes.CHECKED_AT);
        }

        long bestNanos = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < PER_ROUND; i++) {
                validator.validate(report, previous, Outcomes.CHECKED_AT);
            }
            bestNanos = Math.min(bestNanos, (threads.getCurrentThreadCpuTime() - start) / PER_ROUND);
        }

        assertThat(bestNanos).as("CPU nanoseconds per validation, best of %d rounds", ROUNDS).isLessThan(50_000);
    }
}
