package io.gongkai.localstack;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a process by its handle: SIGTERM, a grace period, then SIGKILL. */
final class ProcessTermination {

    static final Duration GRACE = Duration.ofSeconds(20);

    private ProcessTermination() {
    }

    /** Returns once the process is gone; true if it exited within the grace period. */
    static boolean terminate(ProcessHandle process, String name) {
        if (!process.isAlive()) {
            return true;
        }
        process.destroy();
        try {
            process.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            System.err.printf("%s (pid %d) did not stop within %d s: killing it%n", name, process.pid(), GRACE.toSeconds());
            process.destroyForcibly();
            process.onExit().join();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("waiting for " + name + " to exit", e);
        }
    }
}
