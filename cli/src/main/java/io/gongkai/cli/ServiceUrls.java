package io.gongkai.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the services listen: what {@code ./gongkai demo} recorded in {@code .gongkai/services.properties},
 * else the ports of the production configuration on localhost.
 */
record ServiceUrls(String ingest, String validation, String aggregation) {

    static final ServiceUrls DEFAULTS = new ServiceUrls("http://127.0.0.1:8181", "http://127.0.0.1:8182", "http://127.0.0.1:8183");

    private static Path file() {
        return Gongkai.home().resolve("services.properties");
    }

    static ServiceUrls current() {
        if (!Files.exists(file())) {
            return DEFAULTS;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file())) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file(), e);
        }
        return new ServiceUrls(
                properties.getProperty("ingest", DEFAULTS.ingest),
                properties.getProperty("validation", DEFAULTS.validation),
                properties.getProperty("aggregation", DEFAULTS.aggregation));
    }

    void record() {
        Properties properties = new Properties();
        properties.setProperty("ingest", ingest);
        properties.setProperty("validation", validation);
        properties.setProperty("aggregation", aggregation);
        try {
            Files.createDirectories(file().getParent());
            try (Writer out = Files.newBufferedWriter(file())) {
                properties.store(out, "the services started by ./gongkai demo");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file(), e);
        }
    }

    static void forget() {
        try {
            Files.deleteIfExists(file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file(), e);
        }
    }
}
