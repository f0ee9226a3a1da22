package io.gongkai.localstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM of the local stack (broker, registry, or a service the demo runs), its output in a log
 * file. Unless started detached, the child runs under {@link Supervised} and exits as soon as the JVM
 * that started it is gone, so a killed test run leaves no broker behind.
 */
public final class JavaProcess {

    private final String name;
    private final Process process;
    private final Path log;

    private JavaProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code mainClass} on {@code classpath} with the given JVM options and arguments.
     *
     * @param detached true to outlive this JVM (./gongkai up); false to die with it
     */
    public static JavaProcess start(String name, String classpath, List<String> jvmOptions, String mainClass,
                             List<String> args, Map<String, String> environment, Path log, boolean detached) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        if (detached) {
            command.add(classpath);
            command.add(mainClass);
        } else {
            command.add(classpath + File.pathSeparator + ownLocation());
            command.add(Supervised.class.getName());
            command.add(Long.toString(ProcessHandle.current().pid()));
            command.add(mainClass);
        }
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        try {
            return new JavaProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Runs a short-lived Java tool to completion, its output appended to {@code log}; fails when it does not exit 0. */
    public static void run(String name, String classpath, String mainClass, List<String> args, Path log) {
        start(name, classpath, List.of("-Xmx256m"), mainClass, args, Map.of(), log, true).awaitSuccess(Duration.ofSeconds(120));
    }

    /** Returns once the process has exited 0; stops it and fails when it takes longer than {@code timeout} or fails. */
    public void awaitSuccess(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop();
                throw new IllegalStateException(name + " did not finish within " + timeout.toSeconds() + " s; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new IllegalStateException(name + " interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(name + " failed (exit " + process.exitValue() + "): " + tail());
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** The last lines of the log, for an error message. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    /** Asks the process to stop (SIGTERM), then kills it if it has not exited within the grace period. */
    public void stop() {
        ProcessTermination.terminate(process.toHandle(), name);
    }

    /** Kills the process at once (SIGKILL), as a crash or the kernel's OOM killer would, and returns once it is gone. */
    public void kill() {
        process.toHandle().destroyForcibly();
        process.toHandle().onExit().join();
    }

    /**
     * Sends a signal by name ({@code STOP}, {@code CONT}) with the system's {@code kill}: the JDK sends only
     * SIGTERM and SIGKILL.
     */
    void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid())).redirectErrorStream(true).start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid() + " (" + name + ") failed: "
                        + new String(kill.getInputStream().readAllBytes()).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot signal " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling " + name, e);
        }
    }

    private static String ownLocation() {
        try {
            return Path.of(JavaProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the local-stack classes", e);
        }
    }
}
