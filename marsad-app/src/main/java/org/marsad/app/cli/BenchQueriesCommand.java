package org.marsad.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.store.bench.QueryBench;
import org.marsad.store.search.ArchiveSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad bench queries}: latency of the entity, quote and claim views on an archive. */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = {
            "Time the entity, quote, claim and article views (what the HTTP API calls) on an existing archive,",
            "one thread, each call repeated after a warm-up; against a baseline that counts entities by reading",
            "every stored annotation. Needs an archive ingested with the extractors."
        })
public final class BenchQueriesCommand implements Callable<Integer> {
    @Mixin
    ArchiveOption archive;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "9", description = "timed calls of each kind (default: ${DEFAULT-VALUE})")
    int rounds;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1) {
            throw new UserException("--rounds must be at least 1");
        }
        QueryBench.Report r;
        try (ArchiveSearcher s = archive.open()) {
            r = QueryBench.run(s, rounds);
        } catch (IllegalStateException e) {
            throw new UserException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%,d documents in the archive; %d rounds per call; %d CPUs%n%n", r.articles(), rounds,
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-62s %10s %10s  %s%n", "call", "median ms", "max ms", "result");
        for (QueryBench.Timing t : r.timings()) {
            out.printf(Locale.ROOT, "%-62s %10.1f %10.1f  %s%n", t.call(), t.medianMillis(), t.maxMillis(), t.result());
        }
        out.println();
        out.println("index counts agree with the baseline's counts for the top 30 entities: " + (r.baselineAgrees() ? "yes" : "NO"));
        out.flush();
        return 0;
    }
}
