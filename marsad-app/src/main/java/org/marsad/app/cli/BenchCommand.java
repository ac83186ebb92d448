package org.marsad.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code marsad bench ...}: performance benchmarks, marsad and its baseline side by side in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed against a baseline in the same run.",
        subcommands = {
            // one line per benchmark; keep sorted
            AnalyzerBenchCommand.class,
            BenchBatchCommand.class,
            BenchExtractCommand.class,
            ApiBenchCommand.class,
            BenchNerCommand.class,
            ClusterBenchCommand.class,
            IngestBenchCommand.class,
            BenchQueriesCommand.class,
            SearchBenchCommand.class,
        })
public final class BenchCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
