package io.gongkai.cli;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** When the pipeline bench calls an open-loop run sustained, from its latencies in the order sent. */
class BenchLatencyRunTest {

    private static final int SENT = 500;

    @Test
    void aRunThatKeepsItsLatencyIsSustained() {
        assertThat(run(report -> 200 + report % 50).sustained()).isTrue();
    }

    @Test
    void aRunWhoseLatencyGrowsIsNot() {
        assertThat(run(report -> 100 + 2L * report).sustained()).isFalse();
    }

    @Test
    void aRunBehindABacklogThatMerelyStopsGrowingIsNot() {
        BenchPipeline.Latency run = run(report -> 9_000 + report % 50);

        assertThat(run.sustained()).isFalse();
        assertThat(run.json()).contains("\"firstFifthP50Ms\":9024", "\"lastFifthP50Ms\":9024", "\"sustained\":false");
    }

    @Test
    void aRunWithAReportNotCountedIsNot() {
        long[] latencies = latencies(report -> 200);
        latencies[SENT - 1] = 0;

        assertThat(new BenchPipeline.Latency(100, SENT, SENT - 1, latencies).sustained()).isFalse();
    }

    @Test
    void printingARunLeavesItsLatenciesInTheOrderSent() {
        BenchPipeline.Latency run = run(report -> 900 - report);

        String first = run.json();

        assertThat(run.json()).isEqualTo(first).contains("\"firstFifthP50Ms\":850", "\"lastFifthP50Ms\":450");
    }

    private static BenchPipeline.Latency run(ReportLatency millis) {
        return new BenchPipeline.Latency(100, SENT, SENT, latencies(millis));
    }

    private static long[] latencies(ReportLatency millis) {
        return LongStream.range(0, SENT).map(report -> TimeUnit.MILLISECONDS.toNanos(millis.of(report))).toArray();
    }

    /** The latency, in ms, of the report sent {@code report}-th. */
    private interface ReportLatency {
        long of(long report);
    }
}
