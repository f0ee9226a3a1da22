package io.gongkai.ingest.region;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One sample report of {@code samples/} and its {@code samples/expected/NNN.json}, read as a scraper would hand it
 * over: the title is the first non-blank lines up to the one saying 报告, the organ is the title's name before its
 * year or 政府信息公开, the publisher is the 发布机构 field when there is one, the text is the whole file.
 */
record SeedReport(String id, RegionQuery query, JsonNode expected) {

    private static final Pattern PUBLISHER = Pattern.compile("发布机构[:：]\\s*\\|?\\s*([^|\\n]+?)\\s*(\\||\\n)");
    private static final Pattern MARKUP = Pattern.compile("\\[[^\\]]*]");
    private static final Pattern LEADING_YEAR = Pattern.compile("^\\d{4}\\s*年度?");
    private static final Pattern ORGAN_END = Pattern.compile("\\s*\\d{4}|政府信息公开");

    static List<SeedReport> all() {
        Path samples = samplesDirectory();
        try (Stream<Path> files = Files.list(samples)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted().map(SeedReport::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The nearest {@code samples/} folder at or above the working directory. */
    static Path samplesDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples").resolve("expected"))) {
                return dir.resolve("samples");
            }
        }
        throw new IllegalStateException("no samples/expected folder at or above " + Path.of("").toAbsolutePath());
    }

    private static SeedReport read(Path file) {
        try {
            String id = file.getFileName().toString().substring(0, 3);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            JsonNode expected = new ObjectMapper()
                    .readTree(Files.readString(file.resolveSibling("expected").resolve(id + ".json"), StandardCharsets.UTF_8));
            String title = titleOf(text);
            RegionQuery query = new RegionQuery(organOf(title), title, publisherOf(text), text,
                    expected.get("year").asInt(), null, null);
            return new SeedReport(id, query, expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String titleOf(String text) {
        StringBuilder title = new StringBuilder();
        for (String line : text.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.contains("|")) {
                continue;
            }
            title.append(MARKUP.matcher(line).replaceAll(""));
            if (line.contains("报告")) {
                break;
            }
        }
        return title.toString().strip();
    }

    private static String organOf(String title) {
        String organ = LEADING_YEAR.matcher(title).replaceFirst("");
        Matcher end = ORGAN_END.matcher(organ);
        return (end.find() ? organ.substring(0, end.start()) : organ).strip();
    }

    private static String publisherOf(String text) {
        Matcher publisher = PUBLISHER.matcher(text);
        return publisher.find() ? publisher.group(1) : null;
    }

    @Override
    public String toString() {
        return id + " " + query.organ();
    }
}
