package io.gongkai.cli;

import io.gongkai.localstack.RuntimeArtifacts;
import io.gongkai.localstack.StackState;
import io.gongkai.schemas.registry.AvroDeserializer;
import io.gongkai.schemas.registry.AvroSerdeConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * Kafka's own tools against the local stack: the arguments are Kafka's, with {@code --bootstrap-server}
 * filled in; {@code consume} also decodes values through the registry. {@code init-script} prints the production
 * cluster's logins and ACLs.
 */
@Command(name = "kafka", description = "Run Kafka's tools against the local stack.",
        subcommands = {KafkaCommand.Topics.class, KafkaCommand.Consume.class, KafkaCommand.Groups.class, KafkaCommand.InitScript.class})
final class KafkaCommand {

    /** One of Kafka's tools: its main class, run with the caller's arguments after {@code --bootstrap-server}. */
    abstract static class KafkaTool implements Callable<Integer> {
        @Parameters(description = "the tool's own arguments", arity = "0..*")
        List<String> args = new ArrayList<>();

        abstract String mainClass();

        /** Arguments the tool needs for this stack besides the caller's. */
        List<String> stackArgs(StackState stack) {
            return List.of();
        }

        @Override
        public Integer call() throws Exception {
            StackState stack = runningStack();
            List<String> full = new ArrayList<>(List.of("--bootstrap-server", stack.bootstrapServers()));
            full.addAll(args);
            full.addAll(stackArgs(stack));
            return runTool(mainClass(), full);
        }
    }

    @Command(name = "topics", description = "kafka-topics (TopicCommand), e.g. --list, --describe --topic T.")
    static final class Topics extends KafkaTool {
        @Override
        String mainClass() {
            return "org.apache.kafka.tools.TopicCommand";
        }
    }

    @Command(name = "consume", description = "kafka-console-consumer with the registry-aware Avro deserializer, e.g. --topic T --from-beginning.")
    static final class Consume extends KafkaTool {
        @Override
        String mainClass() {
            return "org.apache.kafka.tools.consumer.ConsoleConsumer";
        }

        @Override
        List<String> stackArgs(StackState stack) {
            return List.of(
                    "--property", "print.key=true",
                    "--property", "key.deserializer=org.apache.kafka.common.serialization.StringDeserializer",
                    "--property", "value.deserializer=" + AvroDeserializer.class.getName(),
                    "--property", "value.deserializer." + AvroSerdeConfig.SCHEMA_REGISTRY_URL + "=" + stack.schemaRegistryUrl());
        }
    }

    @Command(name = "groups", description = "kafka-consumer-groups (ConsumerGroupCommand), e.g. --list, --describe --all-groups.")
    static final class Groups extends KafkaTool {
        @Override
        String mainClass() {
            return "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand";
        }
    }

    @Command(name = "init-script", description = "Print " + KafkaInitScript.PATH
            + ": every principal's SCRAM login and ACLs for the production cluster, from the KafkaPrincipals table.")
    static final class InitScript implements Callable<Integer> {
        @Override
        public Integer call() {
            System.out.print(KafkaInitScript.render());
            return 0;
        }
    }

    /**
     * The stack of {@code ./gongkai up}, else the demo's: one whose processes live, or whose broker answers at the
     * recorded address (a broker restarted by hand has another PID).
     */
    static StackState runningStack() {
        return StackState.read(Gongkai.stackDir()).filter(KafkaCommand::answers)
                .or(() -> StackState.read(Gongkai.demoDir().resolve("stack")).filter(KafkaCommand::answers))
                .orElseThrow(() -> new IllegalStateException("no local stack is running: start one with ./gongkai up (or ./gongkai demo)"));
    }

    private static boolean answers(StackState stack) {
        return stack.isRunning() || stack.isReachable();
    }

    /** Runs a Kafka tool in a child JVM on the broker's classpath plus ours (for the deserializer), sharing our terminal. */
    private static int runTool(String mainClass, List<String> args) throws IOException, InterruptedException {
        String classpath = RuntimeArtifacts.load().brokerClasspath() + File.pathSeparator + ownClasspathWithoutLogging();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", classpath, mainClass));
        command.addAll(args);
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    /** Our logging bindings, which would clash with the broker's Log4j 2 binding in the tool's JVM. */
    private static final List<String> OWN_LOGGING = List.of("slf4j-simple", "log4j-to-slf4j");

    /** Our classpath (for the registry-aware deserializer) less our logging bindings, so that the tool logs through Kafka's. */
    private static String ownClasspathWithoutLogging() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> OWN_LOGGING.stream().noneMatch(Path.of(entry).getFileName().toString()::startsWith))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
