package io.gongkai.cli;

import io.gongkai.localstack.LocalStack;
import io.gongkai.localstack.StackState;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Starts the local broker and registry in the background and prints where they listen. */
@Command(name = "up", description = "Start a local Kafka broker (KRaft) and schema registry in the background.")
final class UpCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("starting the local Kafka broker and schema registry in " + Gongkai.stackDir().toAbsolutePath() + " …");
        StackState state = LocalStack.startDetached(Gongkai.stackDir());
        System.out.println(Json.object(
                "bootstrapServers", state.bootstrapServers(),
                "schemaRegistryUrl", state.schemaRegistryUrl(),
                "brokerPid", state.brokerPid(),
                "registryPid", state.registryPid()));
        System.err.println("up. Stop it with ./gongkai down; list topics with ./gongkai kafka topics --list");
        return 0;
    }
}
