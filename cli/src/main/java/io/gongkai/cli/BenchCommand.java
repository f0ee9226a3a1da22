package io.gongkai.cli;

import picocli.CommandLine.Command;

/** Benchmarks that print their figures (JSON on stdout; the fault suite a table); none asserts a time. */
@Command(name = "bench", description = "Benchmarks: parse, validate, pipeline, faults.",
        subcommands = {BenchParse.class, BenchValidate.class, BenchPipeline.class, BenchFaults.class})
final class BenchCommand {
}
