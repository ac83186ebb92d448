package org.marsad.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; every subcommand has --help. */
@Command(name = "marsad",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Arabic news intelligence: analyze, index and search Arabic news.",
        subcommands = {
            AnalyzeCommand.class,
            BatchCommand.class,
            StoriesCommand.class,
            SummarizeCommand.class,
            IngestCommand.class,
            SearchCommand.class,
            CopiesCommand.class,
            TimelineCommand.class,
            StatsCommand.class,
            EntitiesCommand.class,
            EntityCommand.class,
            QuotesCommand.class,
            ClaimsCommand.class,
            TrainCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            TagCommand.class,
            ServeCommand.class,
            DemoCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class MarsadCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new MarsadCommand());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }
}
