package io.gongkai.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/** A detached local stack as recorded in {@code <dataDir>/stack.properties}: where it listens, and its PIDs. */
public record StackState(String bootstrapServers, String schemaRegistryUrl, long brokerPid, long registryPid) {

    private static final String FILE = "stack.properties";
    private static final Duration REACH_TIMEOUT = Duration.ofSeconds(1);

    /** The recorded stack, if {@code dataDir} holds one. */
    public static Optional<StackState> read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return Optional.of(new StackState(
                properties.getProperty("bootstrap.servers"),
                properties.getProperty("schema.registry.url"),
                Long.parseLong(properties.getProperty("broker.pid")),
                Long.parseLong(properties.getProperty("registry.pid"))));
    }

    void write(Path dataDir) {
        Properties properties = new Properties();
        properties.setProperty("bootstrap.servers", bootstrapServers);
        properties.setProperty("schema.registry.url", schemaRegistryUrl);
        properties.setProperty("broker.pid", Long.toString(brokerPid));
        properties.setProperty("registry.pid", Long.toString(registryPid));
        try (Writer out = Files.newBufferedWriter(dataDir.resolve(FILE))) {
            properties.store(out, "the local stack started by ./gongkai up");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dataDir.resolve(FILE), e);
        }
    }

    static void delete(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dataDir.resolve(FILE), e);
        }
    }

    /** True while both recorded processes are alive. */
    public boolean isRunning() {
        return alive(brokerPid) && alive(registryPid);
    }

    /**
     * True when a broker answers at the recorded address, whatever its PID: one restarted by hand after the stack
     * started is found too.
     */
    public boolean isReachable() {
        String first = bootstrapServers.split(",")[0].strip();
        int colon = first.lastIndexOf(':');
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(first.substring(0, colon), Integer.parseInt(first.substring(colon + 1))),
                    (int) REACH_TIMEOUT.toMillis());
            return true;
        } catch (IOException | RuntimeException unreachable) {
            return false;
        }
    }

    /** Stops the registry, then the broker, by PID. */
    void stop() {
        ProcessHandle.of(registryPid).ifPresent(process -> ProcessTermination.terminate(process, "schema registry"));
        ProcessHandle.of(brokerPid).ifPresent(process -> ProcessTermination.terminate(process, "kafka broker"));
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
