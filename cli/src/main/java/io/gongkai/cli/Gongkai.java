package io.gongkai.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;

/**
 * The {@code gongkai} command (docs/spec/cli.md). Machine-readable output is JSON Lines on stdout;
 * progress and logs go to stderr. Exit status: 0 all went well, 1 some input was rejected or violated
 * a rule, 2 usage or environment error.
 */
@Command(name = "gongkai", mixinStandardHelpOptions = true, version = "gongkai 0.1.0",
        description = "Audits government information-disclosure annual reports on Apache Kafka.",
        subcommands = {
                UpCommand.class,
                DownCommand.class,
                KafkaCommand.class,
                DltCommand.class,
                ParseCommand.class,
                ValidateCommand.class,
                SubmitCommand.class,
                TotalsCommand.class,
                DemoCommand.class,
                BenchCommand.class})
public final class Gongkai {

    /** Exit status: some input was rejected or violated a rule. */
    static final int EXIT_FINDINGS = 1;
    /** Exit status: usage or environment error. */
    static final int EXIT_ERROR = 2;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Gongkai())
                .setUnmatchedOptionsArePositionalParams(true)
                .setExitCodeExceptionMapper(error -> EXIT_ERROR)
                .setExecutionExceptionHandler((error, commandLine, parseResult) -> {
                    commandLine.getErr().println("gongkai " + commandLine.getCommandName() + ": " + error.getMessage());
                    return EXIT_ERROR;
                });
    }

    /** Where ./gongkai keeps its local stack: {@code -Dgongkai.home}, set by the launcher to {@code .gongkai} in the checkout. */
    static Path home() {
        return Path.of(System.getProperty("gongkai.home", ".gongkai"));
    }

    static Path stackDir() {
        return home().resolve("stack");
    }

    static Path demoDir() {
        return home().resolve("demo");
    }
}
