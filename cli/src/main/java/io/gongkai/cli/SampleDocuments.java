package io.gongkai.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The documents shipped with gongkai, which the demo, the benches and the end-to-end tests load. */
final class SampleDocuments {

    private SampleDocuments() {
    }

    /** The five sample reports in {@code samples/}, in three text layouts, every cell of each in {@code samples/expected/}. */
    static List<Path> samples(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("samples"))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * What the demo loads: the samples, and the real reports in {@code samples/corpus/} exactly as public scrapers
     * stored them (crawler page text, scraper CSV records; {@code SOURCES.md} there says where each came from) —
     * enough reports, passing, violating and rejected, for the console to be worth opening.
     */
    static List<Path> demoDocuments(Path root) throws IOException {
        List<Path> documents = new ArrayList<>(samples(root));
        try (Stream<Path> files = Files.list(root.resolve("samples/corpus"))) {
            files.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().endsWith(".md")).sorted()
                    .forEach(documents::add);
        }
        return documents;
    }
}
