package io.gongkai.cli;

import io.gongkai.localstack.LocalStack;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Stops the local stack started by {@code up}, by the PIDs it recorded. */
@Command(name = "down", description = "Stop the local stack started by 'up'.")
final class DownCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        LocalStack.stopDetached(Gongkai.stackDir()).ifPresentOrElse(
                state -> System.err.printf("stopped the schema registry (pid %d) and the Kafka broker (pid %d)%n",
                        state.registryPid(), state.brokerPid()),
                () -> System.err.println("no local stack is running from " + Gongkai.stackDir().toAbsolutePath()));
        return 0;
    }
}
