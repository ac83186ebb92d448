package org.marsad.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.app.corpus.NewsCorpora;
import org.marsad.store.eval.KnownItemEval;
import org.marsad.text.lucene.ArabicNewsAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad eval retrieval}: known-item retrieval, ArabicNewsAnalyzer vs Lucene's ArabicAnalyzer, clean and noisy queries. */
@Command(name = "retrieval", mixinStandardHelpOptions = true,
        description = {
            "Known-item retrieval over SaudiNewsNet + ANT (62k articles): each headline is a query for its own",
            "article; bodies are indexed (titles held out) with marsad's ArabicNewsAnalyzer and with Lucene's",
            "stock ArabicAnalyzer in the same run; BM25, OR of the query words. Prints MRR@10 and Recall@10 on the",
            "headlines as written and with seeded spelling noise (hamza dropped, final ي as ى, ة as ه, diacritics",
            "added, clitics و ب ل ال attached). Articles sharing a body count as one target."
        })
public final class RetrievalEvalCommand implements Callable<Integer> {
    @Mixin
    SharedOption shared;

    @Option(names = "--queries", defaultValue = "2000", description = "headlines asked, sampled with the seed (default: ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--seed", defaultValue = "20150721", description = "seed of the sample and the noise (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--limit", defaultValue = "0", description = "index only this many articles (0: all; for quick trials)")
    int limit;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path data = shared.folder();
        KnownItemEval eval = new KnownItemEval();
        int read = NewsCorpora.forEach(data, limit, a -> eval.add(a.title(), a.text()));
        Map<String, Supplier<Analyzer>> analyzers = new LinkedHashMap<>();
        analyzers.put("marsad ArabicNewsAnalyzer", ArabicNewsAnalyzer::new);
        analyzers.put("Lucene ArabicAnalyzer", ArabicAnalyzer::new);
        Path work = Files.createTempDirectory("marsad-eval-retrieval");
        KnownItemEval.Report r;
        try {
            r = eval.run(analyzers, queries, seed, work, msg -> {
                spec.commandLine().getErr().println("eval retrieval: " + msg);
                spec.commandLine().getErr().flush();
            });
        } finally {
            deleteTree(work);
        }
        out.printf(Locale.ROOT, "articles read: %,d; indexed (non-empty body, headline of >= 3 words): %,d; skipped: %,d%n",
                read, r.articles(), r.skipped());
        out.printf(Locale.ROOT, "exact-duplicate bodies: %,d articles repeat another's body; a hit on any article with the "
                + "query's body counts as correct%n", r.duplicateBodies());
        out.printf(Locale.ROOT, "queries: %,d headlines (seed %d), asked clean and with spelling noise, e.g.%n",
                r.results().get(0).clean().queries(), seed);
        for (int i = 0; i < r.sampleClean().size(); i++) {
            out.println("  clean: " + r.sampleClean().get(i));
            out.println("  noisy: " + r.sampleNoisy().get(i));
        }
        out.println();
        out.printf(Locale.ROOT, "%-28s %9s %11s %9s %11s %9s%n", "analyzer", "MRR@10", "Recall@10", "MRR@10", "Recall@10", "index s");
        out.printf(Locale.ROOT, "%-28s %21s %21s%n", "", "clean headlines", "noisy headlines");
        for (KnownItemEval.Result x : r.results()) {
            out.printf(Locale.ROOT, "%-28s %9.4f %11.4f %9.4f %11.4f %9.1f%n", x.analyzer(), x.clean().mrr10(),
                    x.clean().recall10(), x.noisy().mrr10(), x.noisy().recall10(), x.indexSeconds());
        }
        if (r.results().size() == 2) {
            var ours = r.results().get(0);
            var stock = r.results().get(1);
            out.printf(Locale.ROOT, "%nmarsad - stock: MRR@10 %+.4f clean, %+.4f noisy; noise costs marsad %.4f MRR@10, stock %.4f%n",
                    ours.clean().mrr10() - stock.clean().mrr10(), ours.noisy().mrr10() - stock.noisy().mrr10(),
                    ours.clean().mrr10() - ours.noisy().mrr10(), stock.clean().mrr10() - stock.noisy().mrr10());
        }
        out.flush();
        return 0;
    }

    static void deleteTree(Path root) throws java.io.IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
