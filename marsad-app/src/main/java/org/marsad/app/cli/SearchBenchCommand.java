package org.marsad.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.store.article.Article;
import org.marsad.store.bench.LatencyStats;
import org.marsad.store.bench.SearchBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad bench search}: query latency and throughput, marsad vs plain Lucene, on the 62k-article index. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {
            "Index the 62k articles of SaudiNewsNet + ANT with marsad and with plain Lucene (ArabicAnalyzer), then",
            "answer the same headline-word queries (top 10, stored fields) at 1 and 8 concurrent clients: p50/p99",
            "latency and queries/s. The '+ snippets' rows add highlighted snippets (and facets for marsad)."
        })
public final class SearchBenchCommand implements Callable<Integer> {
    @Mixin
    SharedOption shared;

    @Option(names = "--queries", defaultValue = "200", description = "queries (default: ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--seed", defaultValue = "7", description = "seed of the queries (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--clients", split = ",", defaultValue = "1,8", description = "concurrent clients (default: ${DEFAULT-VALUE})")
    int[] clients;

    @Option(names = "--rounds", defaultValue = "10",
            description = "measured passes over the queries per system; p99 of 1 client is the 20th-slowest of 2,000 answers at 10 (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--limit", defaultValue = "0", description = "index only this many articles (0: all; for quick trials)")
    int limit;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Article> articles = BenchCorpus.load(shared.folder(), limit);
        List<String> qs = SearchBench.queries(articles, queries, seed);
        Path work = Files.createTempDirectory("marsad-bench-search");
        List<LatencyStats> stats;
        try {
            stats = SearchBench.run(articles, qs, clients, rounds, work, msg -> {
                spec.commandLine().getErr().println("bench search: " + msg);
                spec.commandLine().getErr().flush();
            });
        } finally {
            RetrievalEvalCommand.deleteTree(work);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%,d articles indexed; %d queries (seed %d) x %d rounds per client, e.g. «%s», «%s»; %d CPUs%n%n",
                articles.size(), qs.size(), seed, rounds, qs.get(0), qs.get(1), Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-32s %8s %9s %9s %9s%n", "", "clients", "p50 ms", "p99 ms", "q/s");
        for (LatencyStats s : stats) {
            out.printf(Locale.ROOT, "%-32s %8d %9.2f %9.2f %9.0f%n", s.system(), s.clients(), s.p50Millis(), s.p99Millis(), s.qps());
        }
        out.println();
        for (int i = 0; i + 3 < stats.size(); i += 4) {
            LatencyStats plain = stats.get(i);
            LatencyStats ours = stats.get(i + 1);
            LatencyStats plainFull = stats.get(i + 2);
            LatencyStats oursFull = stats.get(i + 3);
            out.printf(Locale.ROOT, "%d client(s): marsad p99 = %.2fx plain (goal <= 1.5x); with snippets: %.2fx%n",
                    plain.clients(), ours.p99Millis() / plain.p99Millis(), oursFull.p99Millis() / plainFull.p99Millis());
        }
        out.flush();
        return 0;
    }
}
