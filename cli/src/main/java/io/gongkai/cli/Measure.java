package io.gongkai.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Small measuring helpers for the benchmarks: CPU time of this thread, percentiles, memory. */
final class Measure {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Linux's USER_HZ, the unit of {@code /proc/<pid>/stat}'s CPU times. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private Measure() {
    }

    static long cpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** The p-th percentile (0–100) of the values, which it sorts. */
    static long percentile(long[] values, double p) {
        if (values.length == 0) {
            return 0;
        }
        Arrays.sort(values);
        int index = (int) Math.ceil(p / 100.0 * values.length) - 1;
        return values[Math.max(0, Math.min(values.length - 1, index))];
    }

    /** Heap in use after a GC, in MiB. */
    static double heapMiB() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / 1024.0 / 1024.0;
    }

    /** Resident memory of a process in MiB (Linux), or -1. */
    static double residentMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException unavailable) {
            return -1;
        }
        return -1;
    }

    /** User and system CPU time of a process so far, in seconds (Linux {@code /proc/<pid>/stat}); 0 when it is gone. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
