package org.marsad.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code marsad eval ...}: quality evaluations. Each prints its metric for marsad and for the
 * baseline, measured in the same run, on a split that was never used for training or tuning.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure quality against a baseline in the same run.",
        subcommands = {
            // one line per evaluation; keep sorted
            EvalDedupCommand.class,
            EvalExtractCommand.class,
            EvalNerCommand.class,
            EvalStemmingCommand.class,
            EvalStoriesCommand.class,
            EvalSummariesCommand.class,
            RetrievalEvalCommand.class,
        })
public final class EvalCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
