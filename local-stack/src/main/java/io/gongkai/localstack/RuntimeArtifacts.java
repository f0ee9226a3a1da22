package io.gongkai.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the build put the broker's classpath and the registry's distribution, as recorded by the
 * {@code local-stack-runtime} module in {@code io/gongkai/localstack/runtime.properties}.
 */
public record RuntimeArtifacts(String kafkaVersion, String brokerClasspath, String registryVersion, Path registryZip) {

    private static final String RESOURCE = "/io/gongkai/localstack/runtime.properties";

    /** Reads the recorded artifacts; fails with a hint when the runtime module was not built. */
    public static RuntimeArtifacts load() {
        try (InputStream in = RuntimeArtifacts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath: build local-stack-runtime first (./mvnw install -DskipTests)");
            }
            Properties properties = new Properties();
            properties.load(in);
            return new RuntimeArtifacts(
                    properties.getProperty("kafka.version"),
                    properties.getProperty("broker.classpath"),
                    properties.getProperty("registry.version"),
                    Path.of(properties.getProperty("registry.zip")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
