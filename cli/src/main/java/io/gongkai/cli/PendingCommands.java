package io.gongkai.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** Commands of cli.md whose capability has not landed yet: they say so plainly and exit 2. */
final class PendingCommands {

    private PendingCommands() {
    }

    private static int notYet(String command, String issue) {
        System.err.println("gongkai " + command + " is not available yet: it arrives with the issue \"" + issue + "\".");
        return Gongkai.EXIT_ERROR;
    }

    @Command(name = "parse", description = "Parse documents offline into canonical cells (not available yet).")
    static final class Parse implements Callable<Integer> {
        @Parameters(arity = "0..*") List<String> files;

        @Override
        public Integer call() {
            return notYet("parse", "Ingest: read any real report into canonical cells");
        }
    }

    @Command(name = "validate", description = "Parse and check documents against every rule (not available yet).")
    static final class Validate implements Callable<Integer> {
        @Parameters(arity = "0..*") List<String> files;

        @Override
        public Integer call() {
            return notYet("validate", "Validation: the whole rule catalog");
        }
    }
}
