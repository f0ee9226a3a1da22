package io.gongkai.cli;

import io.gongkai.localstack.JavaProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How the demo and the benches run a service: its executable jar, as {@code ./mvnw package} leaves it, extracted once
 * with Spring Boot's jar tools into {@code .gongkai/services/<service>/}, and started with a class-data-sharing archive
 * (the JDK's AppCDS, as Spring Boot documents it). The archive comes from a training run that starts the application
 * context against the running stack and exits; a start from it maps the JDK's and the service's classes instead of
 * loading and verifying them — aggregation-service alone: 6.2–7.3 s to started without, 4.3–4.7 s with — which on two
 * cores is CPU left to the services already running. Extracted and trained again when the jar changes.
 */
final class ServiceJar {

    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(3);

    private final String service;
    private final Path jar;
    private final String mainClass;
    private final Path archive;

    private ServiceJar(String service, Path jar, String mainClass, Path archive) {
        this.service = service;
        this.jar = jar;
        this.mainClass = mainClass;
        this.archive = archive;
    }

    /**
     * The service's jar under {@code root}, extracted under {@code root/.gongkai/services} unless it already is, and its
     * class-data archive made unless there is one (see {@link #train}). Test JVMs of one build share the directory: one
     * at a time prepares it.
     */
    static ServiceJar prepare(Path root, String service, List<String> jvmOptions, List<String> args,
                              Map<String, String> environment, Path log) {
        Path directory = root.resolve(".gongkai").resolve("services").resolve(service);
        try {
            Files.createDirectories(directory.getParent());
            try (FileChannel lockFile = FileChannel.open(directory.resolveSibling(service + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock ignored = lockFile.lock()) {
                ServiceJar jar = extracted(root, service, directory);
                jar.train(jvmOptions, args, environment, log);
                return jar;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + service + " in " + directory, e);
        }
    }

    private static ServiceJar extracted(Path root, String service, Path directory) {
        Path executable = executableJar(root.resolve(service).resolve("target"), service);
        try {
            String stamp = executable.getFileName() + " " + Files.size(executable) + " " + Files.getLastModifiedTime(executable).toMillis();
            Path stampFile = directory.resolve("extracted-from");
            if (!Files.exists(stampFile) || !Files.readString(stampFile).equals(stamp)) {
                deleteRecursively(directory);
                extract(executable, directory.resolve("app"));
                Files.writeString(stampFile, stamp);
            }
            Path extracted = directory.resolve("app").resolve(executable.getFileName());
            try (JarFile jarFile = new JarFile(extracted.toFile())) {
                String mainClass = jarFile.getManifest().getMainAttributes().getValue("Main-Class");
                return new ServiceJar(service, extracted, mainClass, directory.resolve(service + ".jsa"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + service + " from " + executable, e);
        }
    }

    /**
     * Makes the class-data archive, unless there is one: runs the service with {@code args} until its context is up,
     * and lets the JVM write the classes it loaded on exit. Needs the stack the arguments name.
     */
    private void train(List<String> jvmOptions, List<String> args, Map<String, String> environment, Path log) {
        if (Files.exists(archive)) {
            return;
        }
        Path written = archive.resolveSibling(archive.getFileName() + ".tmp");
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-XX:ArchiveClassesAtExit=" + written);
        options.add("-Dspring.context.exit=onRefresh");
        JavaProcess.start(service + " (class-data training)", jar.toString(), options, mainClass, args, environment, log, false)
                .awaitSuccess(TRAINING_TIMEOUT);
        try {
            Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the training run of " + service + " left no archive at " + written, e);
        }
    }

    /** Starts the service, from its class-data archive when it has one; it exits when this JVM does. */
    JavaProcess start(List<String> jvmOptions, List<String> args, Map<String, String> environment, Path log) {
        List<String> options = new ArrayList<>(jvmOptions);
        if (Files.exists(archive)) {
            options.add("-XX:SharedArchiveFile=" + archive);
        }
        return JavaProcess.start(service, jar.toString(), options, mainClass, args, environment, log, false);
    }

    private static void extract(Path executable, Path destination) throws IOException {
        Process tools = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djarmode=tools", "-jar", executable.toString(), "extract", "--destination", destination.toString())
                .redirectErrorStream(true).start();
        String output = new String(tools.getInputStream().readAllBytes());
        try {
            if (tools.waitFor() != 0) {
                throw new IllegalStateException("cannot extract " + executable + ": " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting " + executable, e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The service's executable jar, as {@code ./mvnw package} leaves it in {@code target/}. */
    private static Path executableJar(Path target, String service) {
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(file -> file.getFileName().toString().matches(Pattern.quote(service) + "-[0-9].*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no executable jar of " + service + " in " + target
                            + ": build first (./mvnw -DskipTests package)"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + target, e);
        }
    }
}
