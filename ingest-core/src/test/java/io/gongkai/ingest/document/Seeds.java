package io.gongkai.ingest.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample reports in the repository's {@code samples/} folder (found by walking up from the
 * working directory), and the shape of their text: prose lines and tables of tab-separated rows.
 */
final class Seeds {

    private Seeds() {
    }

    /** A seed's text, by its number ("001"). */
    static String text(String number) {
        try (Stream<Path> files = Files.list(samplesDirectory())) {
            Path seed = files.filter(f -> f.getFileName().toString().startsWith(number + "_"))
                    .filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + number + " in samples/"));
            return Files.readString(seed, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path samplesDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path samples = dir.resolve("samples");
            if (Files.isDirectory(samples)) {
                return samples;
            }
        }
        throw new IllegalStateException("no samples/ folder above " + Path.of("").toAbsolutePath());
    }

    /** A piece of a seed: a prose line, or a table (its rows, each a list of cells). */
    sealed interface Block permits Line, Table {
    }

    record Line(String text) implements Block {
    }

    record Table(List<List<String>> rows) implements Block {
    }

    /** A seed's non-blank lines as blocks: consecutive lines holding a tab form one table. */
    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.contains("\t")) {
                rows.add(cells(line));
                continue;
            }
            if (!rows.isEmpty()) {
                blocks.add(new Table(List.copyOf(rows)));
                rows.clear();
            }
            if (!line.isBlank()) {
                blocks.add(new Line(line));
            }
        }
        if (!rows.isEmpty()) {
            blocks.add(new Table(List.copyOf(rows)));
        }
        return blocks;
    }

    /** Every table row of a text (a line holding a tab), as its cells. */
    static List<List<String>> tabRows(String text) {
        return text.lines().filter(l -> l.contains("\t")).map(Seeds::cells).toList();
    }

    /** The non-blank lines of a text. */
    static List<String> nonBlankLines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }

    private static List<String> cells(String row) {
        return List.of(row.split("\t", -1));
    }
}
