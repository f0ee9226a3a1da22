package io.gongkai.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The seed reports in {@code samples/} and their expected readings, found by walking up from the working directory. */
final class Samples {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A seed report.
     *
     * @param number   "000" … "004"
     * @param text     the report as the scraper delivered it
     * @param expected {@code samples/expected/NNN.json}
     */
    record Seed(String number, String text, JsonNode expected) {

        Map<String, Number> cells() {
            Map<String, Number> cells = new LinkedHashMap<>();
            expected.get("cells").fields().forEachRemaining(cell -> cells.put(cell.getKey(),
                    cell.getValue().isIntegralNumber() ? (Number) cell.getValue().intValue()
                            : (Number) cell.getValue().doubleValue()));
            return cells;
        }

        int year() {
            return expected.get("year").intValue();
        }

        String organ() {
            return expected.get("organ").textValue();
        }

        @Override
        public String toString() {
            return number;
        }
    }

    private Samples() {
    }

    static Path directory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path samples = dir.resolve("samples");
            if (Files.isDirectory(samples.resolve("expected"))) {
                return samples;
            }
        }
        throw new IllegalStateException("no samples/expected above " + Path.of("").toAbsolutePath());
    }

    static List<Seed> seeds() {
        Path dir = directory();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted()
                    .map(Samples::seed).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Seed seed(String number) {
        return seeds().stream().filter(seed -> seed.number().equals(number)).findFirst().orElseThrow();
    }

    private static Seed seed(Path file) {
        String number = file.getFileName().toString().substring(0, 3);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            JsonNode expected = JSON.readTree(directory().resolve("expected").resolve(number + ".json").toFile());
            return new Seed(number, text, expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
