package io.gongkai.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./gongkai} started as a background job (a script's {@code ./gongkai demo &}) still stops on Ctrl-C or
 * {@code kill -INT}: the shell starts the job with SIGINT and SIGQUIT ignored, and the launcher runs the JVM through
 * {@code bin/with-default-signals}, which sets them back to their default.
 */
class LauncherSignalsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final long SIGINT_AND_SIGQUIT = 0b110;

    @Test
    void aBackgroundJobStartedThroughTheWrapperTakesSigintAgain() throws Exception {
        String inBackground = "sh -c 'grep SigIgn /proc/self/status' & wait";
        String throughWrapper = ROOT.resolve("bin/with-default-signals") + " sh -c 'grep SigIgn /proc/self/status' & wait";

        assertThat(ignoredSignals(inBackground) & SIGINT_AND_SIGQUIT).as("a background job, as is")
                .isEqualTo(SIGINT_AND_SIGQUIT);
        assertThat(ignoredSignals(throughWrapper) & SIGINT_AND_SIGQUIT).as("through the wrapper").isZero();
    }

    @Test
    void theLauncherRunsTheJvmThroughTheWrapper() throws IOException {
        assertThat(Files.readString(ROOT.resolve("gongkai"))).contains("exec \"$root/bin/with-default-signals\" java");
    }

    /** The SigIgn mask of a process {@code script} starts in the background of a non-interactive bash. */
    private static long ignoredSignals(String script) throws Exception {
        Process bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(bash.waitFor()).isZero();
        assertThat(out).startsWith("SigIgn:");
        return Long.parseLong(out.substring("SigIgn:".length()).strip(), 16);
    }
}
