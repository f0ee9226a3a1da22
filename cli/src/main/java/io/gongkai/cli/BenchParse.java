package io.gongkai.cli;

import io.gongkai.ingest.parse.ReportParser;
import io.gongkai.ingest.report.IngestOutcome;
import io.gongkai.ingest.report.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;

/**
 * Parsing speed on one core: the sample reports parsed in a loop, next to the time the same thread
 * takes just to split the same text into lines (the floor any reader pays), and the whole ingest
 * pipeline (reader, parser, region resolver, identity). Rates are by this thread's CPU time.
 */
@Command(name = "parse", description = "Parsing speed: reports/s and MB/s on one core, against splitting the same text into lines.")
final class BenchParse implements Callable<Integer> {

    /** Where the loops' results go, so that the JIT cannot drop the work. */
    private static volatile long consumed;

    @Option(names = "--seconds", description = "CPU seconds per measurement (default ${DEFAULT-VALUE})", defaultValue = "5")
    double seconds;

    @Override
    public Integer call() throws Exception {
        Path root = Gongkai.home().toAbsolutePath().getParent();
        List<Path> samples = Demo.samples(root);
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

        Rate lines = run(texts, text -> text.split("\n").length, seconds);
        Rate parse = run(texts, text -> parse(parser, text), seconds);
        Rate pipeline = runFiles(samples, ingest, seconds);

        System.out.println(Measure.format(
                "{\"bench\":\"parse\",\"samples\":%d,\"bytesPerReport\":%.0f,"
                        + "\"splitLines\":{\"reportsPerSecond\":%.0f,\"mbPerSecond\":%.1f},"
                        + "\"parse\":{\"reportsPerSecond\":%.0f,\"mbPerSecond\":%.1f,\"microsPerReport\":%.1f},"
                        + "\"ingestPipeline\":{\"reportsPerSecond\":%.0f,\"microsPerReport\":%.1f},"
                        + "\"parseVsSplitLines\":%.1f,\"heapMiB\":%.0f}",
                texts.size(), bytesPerReport,
                lines.perSecond(), lines.perSecond() * bytesPerReport / 1e6,
                parse.perSecond(), parse.perSecond() * bytesPerReport / 1e6, 1e6 / parse.perSecond(),
                pipeline.perSecond(), 1e6 / pipeline.perSecond(),
                lines.perSecond() / parse.perSecond(), Measure.heapMiB()));
        return 0;
    }

    private static int parse(ReportParser parser, String text) {
        try {
            return parser.parse(text).cells().size();
        } catch (Rejection rejection) {
            throw new IllegalStateException("a sample was rejected: " + rejection.getMessage(), rejection);
        }
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
