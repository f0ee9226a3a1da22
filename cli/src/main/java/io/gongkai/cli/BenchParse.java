package io.gongkai.cli;

import io.gongkai.ingest.parse.ReportParser;
import io.gongkai.ingest.rejection.Rejection;
import io.gongkai.ingest.report.IngestOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;

/**
 * Parsing speed on one core: the sample reports parsed in a loop, next to the time the same thread
 * takes just to split the same text into lines (the floor any reader pays), and the whole ingest
 * pipeline (reader, parser, region resolver, identity). Rates are by this thread's CPU time.
 *
 * <p>Parsing and splitting are measured in alternating rounds, so that both see the same machine (a
 * shared virtual machine's speed drifts by a third within a minute); the figures are the rounds'
 * medians, and the ratio's range over the rounds is printed beside it.
 */
@Command(name = "parse", description = "Parsing speed: reports/s and MB/s on one core, against splitting the same text into lines.")
final class BenchParse implements Callable<Integer> {

    private static final int ROUNDS = 20;

    /** Where the loops' results go, so that the JIT cannot drop the work. */
    private static volatile long consumed;

    @Option(names = "--seconds", description = "CPU seconds per measurement, split over the rounds (default ${DEFAULT-VALUE})",
            defaultValue = "5")
    double seconds;

    @Override
    public Integer call() throws Exception {
        Path root = Gongkai.home().toAbsolutePath().getParent();
        List<Path> samples = SampleDocuments.samples(root);
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        for (Path sample : samples) {
            String text = Files.readString(sample);
            texts.add(text);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        double bytesPerReport = (double) bytes / texts.size();
        ReportParser parser = new ReportParser();
        OfflineIngest ingest = new OfflineIngest();

        System.err.println("warming up …");
        run(texts, text -> text.split("\n").length, seconds / 2);
        run(texts, text -> parse(parser, text), seconds / 2);
        runFiles(samples, ingest, seconds / 2);

        double[] splitRates = new double[ROUNDS];
        double[] parseRates = new double[ROUNDS];
        double[] ratios = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            splitRates[round] = run(texts, text -> text.split("\n").length, seconds / ROUNDS).perSecond();
            parseRates[round] = run(texts, text -> parse(parser, text), seconds / ROUNDS).perSecond();
            ratios[round] = splitRates[round] / parseRates[round];
        }
        double lines = median(splitRates);
        double parse = median(parseRates);
        Rate pipeline = runFiles(samples, ingest, seconds);

        System.out.println(Measure.format(
                "{\"bench\":\"parse\",\"samples\":%d,\"bytesPerReport\":%.0f,\"rounds\":%d,"
                        + "\"splitLines\":{\"reportsPerSecond\":%.0f,\"mbPerSecond\":%.1f},"
                        + "\"parse\":{\"reportsPerSecond\":%.0f,\"mbPerSecond\":%.1f,\"microsPerReport\":%.1f},"
                        + "\"ingestPipeline\":{\"reportsPerSecond\":%.0f,\"microsPerReport\":%.1f},"
                        + "\"parseVsSplitLines\":%.1f,\"parseVsSplitLinesRange\":[%.1f,%.1f],\"heapMiB\":%.0f}",
                texts.size(), bytesPerReport, ROUNDS,
                lines, lines * bytesPerReport / 1e6,
                parse, parse * bytesPerReport / 1e6, 1e6 / parse,
                pipeline.perSecond(), 1e6 / pipeline.perSecond(),
                median(ratios), min(ratios), max(ratios), Measure.heapMiB()));
        return 0;
    }

    private static int parse(ReportParser parser, String text) {
        try {
            return parser.parse(text).cells().size();
        } catch (Rejection rejection) {
            throw new IllegalStateException("a sample was rejected: " + rejection.getMessage(), rejection);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** Reports per CPU second of this thread. */
    record Rate(long reports, long cpuNanos) {
        double perSecond() {
            return reports * 1e9 / cpuNanos;
        }
    }

    private static Rate run(List<String> texts, ToIntFunction<String> work, double cpuSeconds) {
        long budget = (long) (cpuSeconds * 1e9);
        long start = Measure.cpuNanos();
        long reports = 0;
        long sink = 0;
        while (Measure.cpuNanos() - start < budget) {
            for (String text : texts) {
                sink += work.applyAsInt(text);
                reports++;
            }
        }
        consumed = sink;
        return new Rate(reports, Measure.cpuNanos() - start);
    }

    private static Rate runFiles(List<Path> samples, OfflineIngest ingest, double cpuSeconds) throws Exception {
        List<byte[]> contents = new ArrayList<>();
        for (Path sample : samples) {
            contents.add(Files.readAllBytes(sample));
        }
        long budget = (long) (cpuSeconds * 1e9);
        long start = Measure.cpuNanos();
        long reports = 0;
        while (Measure.cpuNanos() - start < budget) {
            for (int i = 0; i < samples.size(); i++) {
                if (!(ingest.ingest(samples.get(i).getFileName().toString(), contents.get(i)) instanceof IngestOutcome.Parsed)) {
                    throw new IllegalStateException("a sample was rejected: " + samples.get(i));
                }
                reports++;
            }
        }
        return new Rate(reports, Measure.cpuNanos() - start);
    }
}
