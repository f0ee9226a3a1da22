package io.gongkai.localstack;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * JUnit 5 extension: one real {@link LocalStack} per test JVM, started on first use and stopped when
 * the JVM's tests are done. Tests get it as a parameter or through {@link #stack()}, and take their own
 * topic names and application ids from {@link #uniqueName(String)} so that they never share state.
 */
public final class LocalStackExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalStackExtension.class);
    private static volatile LocalStack shared;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Resource.class, ignored -> new Resource(), Resource.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack();
    }

    /** The running stack; only valid inside a test class extended with this extension. */
    public static LocalStack stack() {
        LocalStack stack = shared;
        if (stack == null) {
            throw new IllegalStateException("no local stack: annotate the test class with @ExtendWith(LocalStackExtension.class)");
        }
        return stack;
    }

    /** A name no other test has used: {@code <prefix>-<random>}. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Owns the stack for the test JVM; JUnit closes it after the last test. */
    private static final class Resource implements ExtensionContext.Store.CloseableResource {

        private final Path dataDir;

        Resource() {
            try {
                dataDir = Files.createTempDirectory("gongkai-stack-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the local stack's directory", e);
            }
            shared = LocalStack.start(dataDir);
        }

        @Override
        public void close() throws IOException {
            shared.close();
            shared = null;
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
