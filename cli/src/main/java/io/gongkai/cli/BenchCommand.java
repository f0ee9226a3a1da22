package io.gongkai.cli;

import picocli.CommandLine.Command;

/** Benchmarks that print their figures (JSON on stdout); none asserts a time. */
@Command(name = "bench", description = "Benchmarks: parse, validate, pipeline.",
        subcommands = {BenchParse.class, BenchValidate.class, BenchPipeline.class})
final class BenchCommand {
}
