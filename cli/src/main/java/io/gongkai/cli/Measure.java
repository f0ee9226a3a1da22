package io.gongkai.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Small measuring helpers for the benchmarks: CPU time of this thread and of processes, percentiles, memory. */
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

    /** {@link #cpuSeconds(long)} of each named process. */
    static Map<String, Double> cpuSeconds(Map<String, Long> processes) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        processes.forEach((name, pid) -> seconds.put(name, cpuSeconds(pid)));
        return seconds;
    }

    /**
     * Per process (each service instance, the broker, the registry, the bench), the CPU it spent on a run of {@code
     * reports} as JSON: seconds in all, and milliseconds a report over the whole run and over its second half (the JIT
     * warm-up of the JVMs is in the first). CPU a report is steadier than reports a second on a machine whose speed
     * varies from run to run, and says which process to make cheaper.
     */
    static String cpuPerReport(Iterable<String> names, Map<String, Double> atStart, Map<String, Double> atHalf,
                               Map<String, Double> atEnd, int reports) {
        List<String> entries = new ArrayList<>();
        double total = 0;
        double totalSecondHalf = 0;
        for (String name : names) {
            double all = atEnd.get(name) - atStart.getOrDefault(name, 0.0);
            double secondHalf = atEnd.get(name) - atHalf.getOrDefault(name, 0.0);
            total += all;
            totalSecondHalf += secondHalf;
            entries.add(format("{\"process\":\"%s\",\"seconds\":%.1f,\"msPerReport\":%.3f,\"secondHalfMsPerReport\":%.3f}",
                    name, all, all * 1000 / reports, secondHalf * 1000 / (reports - reports / 2)));
        }
        entries.add(format("{\"process\":\"all\",\"seconds\":%.1f,\"msPerReport\":%.3f,\"secondHalfMsPerReport\":%.3f}",
                total, total * 1000 / reports, totalSecondHalf * 1000 / (reports - reports / 2)));
        return "[" + String.join(",", entries) + "]";
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
