package org.marsad.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.app.corpus.NewsCorpora;
import org.marsad.app.corpus.SharedData;
import org.marsad.store.annotate.ArticleAnnotator;
import org.marsad.store.article.Article;
import org.marsad.store.bench.IngestBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad bench ingest}: ingest throughput of marsad vs plain Lucene with ArabicAnalyzer (threads printed per side). */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {
            "Ingest the 62k articles of SaudiNewsNet + ANT: marsad's full ingest from the .jsonl.gz files (a reading",
            "thread; preparing threads for signatures and analysis; one indexing thread for dedup and Lucene; segments",
            "written by a flushing thread; offsets, facets, batched commits) and the same stages over texts in memory,",
            "against plain Lucene indexing of the same texts, already in memory, with ArabicAnalyzer on one thread; same",
            "run. Prints each side's threads and their CPU time.",
            "Prints articles/s and MB/s (UTF-8 text of titles and bodies) by wall clock and by JVM CPU time (steadier",
            "on a shared machine), index size vs raw text, and peak heap."
        })
public final class IngestBenchCommand implements Callable<Integer> {
    @Mixin
    SharedOption shared;

    @Option(names = "--warmups", defaultValue = "1",
            description = "unmeasured runs of each phase before the measured one (JIT, heap sizing) (default: ${DEFAULT-VALUE})")
    int warmups;

    @Option(names = "--extract",
            description = "run the extractors in the full ingest too, as marsad ingest does by default (off by default: the"
                    + " goal of issue 3 measures readers, analysis and indexing)")
    boolean extract;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "" + IngestBench.DEFAULT_COMMIT_EVERY,
            description = "marsad's phases commit every N articles, as marsad ingest --commit-every does (default:"
                    + " ${DEFAULT-VALUE}, marsad ingest's default; the baseline commits once, at the end)")
    int commitEvery;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "only the first N articles (SaudiNewsNet first, then ANT), copied to a temporary .jsonl.gz"
                    + " subset for the file phase; for quick trials and profiles (default: 0, all)")
    int limit;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (commitEvery < 1) {
            throw new UserException("--commit-every must be at least 1, got " + commitEvery);
        }
        Path data = shared.folder();
        List<Path> files = List.of(SharedData.require(data, NewsCorpora.SAUDI), SharedData.require(data, NewsCorpora.ANT));
        Path work = Files.createTempDirectory("marsad-bench-ingest");
        List<IngestBench.Phase> phases;
        try {
            if (limit > 0) {
                files = JsonlSubset.firstLines(files, limit, work.resolve("subset"));
            }
            phases = IngestBench.run(files, () -> BenchCorpus.load(data, limit), warmups, work, msg -> {
                spec.commandLine().getErr().println("bench ingest: " + msg);
                spec.commandLine().getErr().flush();
            }, extract ? new ArticleAnnotator(Extraction.tagger(null)) : null, commitEvery);
        } finally {
            RetrievalEvalCommand.deleteTree(work);
        }
        PrintWriter out = spec.commandLine().getOut();
        long raw = phases.get(0).textBytes();
        out.printf(Locale.ROOT, "%,d articles, %.1f MB of text (UTF-8 titles + bodies); JVM max heap %.0f MB; %d CPUs%n%n",
                phases.get(0).articles(), raw / 1e6, Runtime.getRuntime().maxMemory() / 1e6, Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-46s %8s %6s %6s %10s %7s %13s %9s %10s%n", "", "articles", "wall s", "cpu s",
                "articles/s", "MB/s", "articles/cpu-s", "index MB", "peak heap");
        for (IngestBench.Phase p : phases) {
            out.printf(Locale.ROOT, "%-46s %8d %6.1f %6.1f %10.0f %7.2f %13.0f %9.1f %7.0f MB%n", p.name(), p.articles(),
                    p.seconds(), p.cpuSeconds(), p.articlesPerSecond(), p.megabytesPerSecond(), p.articlesPerCpuSecond(),
                    p.indexBytes() / 1e6, p.peakHeapBytes() / 1e6);
        }
        out.println();
        for (IngestBench.Phase p : phases) {
            out.printf(Locale.ROOT, "%s: %s%n", p.name(), p.threads());
        }
        out.println("(CPU s is the whole JVM: those threads plus Lucene's merge threads, GC and JIT.)");
        IngestBench.Phase plain = phases.get(0);
        out.println();
        for (IngestBench.Phase p : phases.subList(1, phases.size())) {
            out.printf(Locale.ROOT, "%s: %.2fx plain articles/s wall-clock, %.2fx per CPU-second (goal >= 0.7x); "
                            + "index %.2fx raw text (plain: %.2fx)%n",
                    p.name(), p.articlesPerSecond() / plain.articlesPerSecond(),
                    p.articlesPerCpuSecond() / plain.articlesPerCpuSecond(), (double) p.indexBytes() / raw,
                    (double) plain.indexBytes() / raw);
        }
        out.flush();
        return 0;
    }
}
