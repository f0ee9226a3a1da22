package io.gongkai.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the fault suite submits, in order: reports of made-up departments of four counties over four years,
 * each written from one of the sample reports, with what scrapers really send besides — the same page again,
 * the same content from a mirror site, a corrected version, a page that is no report, bytes that are no
 * record at all. A third of the departments come over the raw topic, the rest over HTTP.
 *
 * <p>Every follow-up of a report repeats or replaces its latest version, so that whatever order the
 * pipeline sees a report's versions in, the last one it sees holds the latest content: a correction comes
 * from the same source as the first version (one key, one partition, in order), and a mirror copies the
 * correction when there is one.
 */
final class FaultWorkload {

    enum Channel { HTTP, RAW }

    enum Kind { NEW, DUPLICATE, MIRROR, CORRECTION, UNREADABLE, UNDECODABLE, PROBE }

    /** One record in: over {@code channel}, from {@code sourceId}, the document's bytes (or, UNDECODABLE, a record's). */
    record Submission(Kind kind, Channel channel, String sourceId, String fileName, byte[] content) {
    }

    private static final List<String> COUNTIES = List.of("诸暨市", "建德市", "杭州市拱墅区", "洛阳市西工区");
    private static final int FIRST_YEAR = 2020;
    private static final int YEARS = 4;
    /** Probes report for 建德市 (330182), each on a year of its own, so that its county-year total shows it alone. */
    static final String PROBE_COUNTY_CODE = "330182";
    private static final int FIRST_PROBE_YEAR = 2040;
    /** How many submissions later a report's follow-ups come. */
    private static final int FOLLOW_UP_LAG = 8;

    private final List<String> templates;

    FaultWorkload(List<String> templates) {
        this.templates = List.copyOf(templates);
    }

    /** The submissions for {@code departments} departments, follow-ups interleaved {@value #FOLLOW_UP_LAG} behind. */
    List<Submission> submissions(int departments) {
        List<Submission> submissions = new ArrayList<>();
        for (int step = 0; step < departments + FOLLOW_UP_LAG; step++) {
            if (step < departments) {
                submissions.add(first(step));
            }
            if (step >= FOLLOW_UP_LAG) {
                submissions.addAll(followUps(step - FOLLOW_UP_LAG));
            }
            if (step % 17 == 5) {
                submissions.add(unreadable(step));
            }
            if (step % 29 == 11) {
                submissions.add(new Submission(Kind.UNDECODABLE, Channel.RAW, "scraper:undecodable:" + step, "record.bin",
                        ("not an Avro record " + step).getBytes(StandardCharsets.UTF_8)));
            }
        }
        return submissions;
    }

    /** Probe {@code n}: a report over the raw topic whose county-year total shows when the pipeline processes again. */
    Submission probe(int n) {
        String text = report(templates.get(0), "建德市第" + n + "号探针科", probeYear(n));
        return new Submission(Kind.PROBE, Channel.RAW, "scraper:probe:" + n, "probe.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    static int probeYear(int n) {
        return FIRST_PROBE_YEAR + n;
    }

    private Submission first(int department) {
        return new Submission(Kind.NEW, channel(department), source(department), "report.txt", version(department, 0));
    }

    private List<Submission> followUps(int department) {
        List<Submission> followUps = new ArrayList<>();
        Channel channel = channel(department);
        byte[] latest = version(department, 0);
        if (department % 5 == 1) {
            followUps.add(new Submission(Kind.DUPLICATE, channel, source(department), "report.txt", latest));
        }
        if (department % 4 == 2) {
            latest = version(department, 1);
            followUps.add(new Submission(Kind.CORRECTION, channel, source(department), "report.txt", latest));
        }
        if (department % 6 == 3) {
            followUps.add(new Submission(Kind.MIRROR, channel, "mirror:" + department, "report.txt", latest));
        }
        return followUps;
    }

    private Submission unreadable(int step) {
        String text = "关于开展" + step + "号文件清理工作的通知\n各科室：请于本月底前报送清理结果。\n";
        return new Submission(Kind.UNREADABLE, step % 2 == 0 ? Channel.HTTP : Channel.RAW, "scraper:notice:" + step,
                "notice.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Version {@code v} of a department's report: the next template on, so that a correction changes figures. */
    private byte[] version(int department, int v) {
        String county = COUNTIES.get(department % COUNTIES.size());
        int year = FIRST_YEAR + department / COUNTIES.size() % YEARS;
        String template = templates.get((department + 2 * v) % templates.size());
        return report(template, county + "第" + department + "科", year).getBytes(StandardCharsets.UTF_8);
    }

    private static Channel channel(int department) {
        return department % 3 == 0 ? Channel.RAW : Channel.HTTP;
    }

    private static String source(int department) {
        return "scraper:report:" + department;
    }

    /**
     * A sample report's body under another organ and year: the template's lines up to its title (the first
     * line naming the 年度报告) give way to a title of {@code organ}, and its 2023 becomes {@code year}.
     */
    private static String report(String template, String organ, int year) {
        List<String> lines = template.lines().toList();
        int title = 0;
        while (title < lines.size() - 1 && !lines.get(title).contains("年度报告")) {
            title++;
        }
        String body = String.join("\n", lines.subList(title + 1, lines.size())).replace("2023", Integer.toString(year));
        return organ + year + "年政府信息公开工作年度报告\n" + body + "\n";
    }
}
