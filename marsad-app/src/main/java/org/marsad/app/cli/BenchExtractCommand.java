package org.marsad.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import org.marsad.app.corpus.CorpusArticle;
import org.marsad.app.corpus.NewsCorpora;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.ner.EntityTagger;
import org.marsad.extract.pipeline.Extractor;
import org.marsad.text.tokenize.ArabicTokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad bench extract}: articles per second of the full extraction, beside tokenization alone. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
            "Articles per second on one thread over news articles from ../shared/data (SaudiNewsNet and ANT,",
            "interleaved): tokenization alone, the Doc (tokens + sentences + normalized forms), NER alone, and the full",
            "extraction (Doc + dates + NER + linking + quotes + claims), each after a warm-up pass, in the same run.",
            "Reports wall-clock and thread CPU-time rates: on a shared machine the CPU-time rate is one core's throughput."
        })
final class BenchExtractCommand implements Callable<Integer> {
    @Mixin
    SharedOption shared;

    @Option(names = "--articles", defaultValue = "10000", description = "articles measured (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--warmup", defaultValue = "2000", description = "articles in the warm-up pass of each stage (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--rounds", defaultValue = "3", description = "measured passes over all articles; the median is reported (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--ner-model", paramLabel = "FILE", description = "NER model file (default: the shipped model)")
    Path nerModel;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Keeps the JIT from dropping the work. */
    private long sink;

    @Override
    public Integer call() {
        if (articles < 1 || rounds < 1 || warmup < 0) {
            throw new UserException("--articles and --rounds must be >= 1, --warmup >= 0");
        }
        PrintWriter pw = spec.commandLine().getOut();
        List<String> texts = new ArrayList<>();
        long chars = 0;
        for (CorpusArticle a : NewsCorpora.interleaved(shared.folder(), articles)) {
            texts.add(a.text());
            chars += a.text().length();
        }
        long tokens = 0;
        for (String t : texts) {
            tokens += ArabicTokenizer.tokenize(t).size();
        }
        EntityTagger tagger = Extraction.tagger(nerModel);
        Extractor extractor = new Extractor(tagger);
        pw.printf("data: %d articles, %,d chars, %,d tokens (%.0f tokens/article), NewsCorpora.interleaved; one thread;%n"
                + "      warm-up %d articles per stage, then %d rounds; in each round every stage makes one pass over all articles%n",
                texts.size(), chars, tokens, (double) tokens / texts.size(), Math.min(warmup, texts.size()), rounds);
        pw.flush();
        String[] titles = {
            "tokenization alone (ArabicTokenizer)",
            "Doc: tokens + sentences + normalized forms",
            "NER alone (tagger over the tokens)",
            "full extraction (Doc, dates, NER, links, quotes, claims)"};
        List<ToLongFunction<String>> stages = List.of(
                t -> ArabicTokenizer.tokenize(t).size(),
                t -> new Doc(t, null).size(),
                t -> tagger.tag(t, ArabicTokenizer.tokenize(t)).size(),
                t -> {
                    Doc d = extractor.extract(t, null);
                    return d.mentions().size() + d.quotes().size() + d.claims().size() + d.dates().size();
                });
        for (ToLongFunction<String> work : stages) {
            for (int i = 0; i < Math.min(warmup, texts.size()); i++) {
                sink += work.applyAsLong(texts.get(i));
            }
        }
        // stages take turns within each round, so a load change on a shared machine hits them alike
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] wall = new double[stages.size()][rounds];
        double[][] cpu = new double[stages.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int s = 0; s < stages.size(); s++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                for (String t : texts) {
                    sink += stages.get(s).applyAsLong(t);
                }
                wall[s][r] = texts.size() / ((System.nanoTime() - t0) / 1e9);
                cpu[s][r] = texts.size() / ((threads.getCurrentThreadCpuTime() - c0) / 1e9);
            }
        }
        pw.println("articles per second of wall-clock time (what a user waits; slowed when other processes share the cores):");
        double[] wallMedians = new double[stages.size()];
        for (int s = 0; s < stages.size(); s++) {
            wallMedians[s] = report(pw, titles[s], wall[s]);
        }
        pw.println("articles per second of this thread's CPU time (one core's throughput, whatever else runs):");
        double[] cpuMedians = new double[stages.size()];
        for (int s = 0; s < stages.size(); s++) {
            cpuMedians[s] = report(pw, titles[s], cpu[s]);
        }
        pw.printf("full extraction: %.1f%% of tokenization speed (CPU time); goal >= 500 articles/s on one core: %s "
                + "(%,.0f per CPU-second, %,.0f per wall-second)%n", 100 * cpuMedians[3] / cpuMedians[0],
                cpuMedians[3] >= 500 ? "met" : "NOT met", cpuMedians[3], wallMedians[3]);
        pw.printf("(checksum %d)%n", sink);
        return 0;
    }

    private static double report(PrintWriter pw, String title, double[] rates) {
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        StringBuilder all = new StringBuilder();
        for (double x : rates) {
            all.append(String.format(" %,.0f", x));
        }
        double median = sorted[sorted.length / 2];
        pw.printf("%-58s median %,9.0f articles/s  (passes:%s)%n", title, median, all);
        pw.flush();
        return median;
    }
}
