package org.marsad.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.app.corpus.CorpusArticle;
import org.marsad.app.corpus.NewsCorpora;
import org.marsad.text.bench.AnalysisPasses;
import org.marsad.text.bench.AnalyzerBenchmark;
import org.marsad.text.bench.ArticleTexts;
import org.marsad.text.lucene.ArabicNewsAnalyzer;
import org.marsad.text.tokenize.ArabicTokenizer;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench analyzer}: JMH throughput of marsad's {@link ArabicNewsAnalyzer} and Lucene's
 * {@link ArabicAnalyzer} over the same news articles, in one JMH run, and their ratio.
 */
@Command(name = "analyzer", mixinStandardHelpOptions = true,
        description = {
            "Throughput of marsad's ArabicNewsAnalyzer and Lucene's ArabicAnalyzer (the 'arabic' analyzer of "
                + "Elasticsearch and OpenSearch) over the same articles from ../shared/data (SaudiNewsNet and ANT, "
                + "interleaved), measured by JMH in one run, with marsad's ArabicTokenizer alone as a floor.",
            "Prints articles/s, MB/s of UTF-8 input and tokens/s for each, and the marsad/Lucene ratio. "
                + "The analyzers emit different numbers of tokens (marsad also drops stop words spelled the "
                + "Egyptian way), so articles/s and MB/s are the fair comparison.",
        })
public final class AnalyzerBenchCommand implements Callable<Integer> {
    private static final String MARSAD = "marsadAnalyzer";
    private static final String LUCENE = "luceneArabicAnalyzer";
    private static final String TOKENIZER = "marsadTokenizer";

    @Option(names = "--articles", defaultValue = "20000", description = "number of articles (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--forks", defaultValue = "1", description = "JMH forks; 0 runs in this JVM, for debugging only (default: ${DEFAULT-VALUE})")
    int forks;

    @Option(names = "--warmup", defaultValue = "3", description = "warm-up iterations per fork (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--iterations", defaultValue = "5", description = "measured iterations per fork (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--time", defaultValue = "5", description = "seconds per iteration, warm-up and measured (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--tokenizer", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "also measure marsad's ArabicTokenizer alone (default: ${DEFAULT-VALUE}; --no-tokenizer skips it)")
    boolean tokenizer;

    @Mixin
    SharedOption shared;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || forks < 0 || warmup < 0 || iterations < 1 || seconds < 1) {
            throw new UserException("--articles, --iterations and --time must be >= 1; --forks and --warmup >= 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<CorpusArticle> picked = NewsCorpora.interleaved(shared.folder(), articles);
        List<String> texts = new ArrayList<>(picked.size());
        for (CorpusArticle a : picked) {
            texts.add(a.text());
        }
        String[] textArray = texts.toArray(new String[0]);
        long chars = 0;
        for (String t : textArray) {
            chars += t.length();
        }
        double megabytes = ArticleTexts.utf8Bytes(textArray) / 1e6;

        // Token counts of one pass, by the code the benchmark runs.
        long marsadTokens = countTokens(new ArabicNewsAnalyzer(), textArray);
        long luceneTokens = countTokens(new ArabicAnalyzer(), textArray);
        long scannerTokens = AnalysisPasses.tokenize(new ArabicTokenizer(), textArray);

        Path file = Files.createTempFile("marsad-bench-texts", ".txt");
        try {
            ArticleTexts.write(file, texts);
            out.printf("marsad bench analyzer: %,d articles (SaudiNewsNet + ANT interleaved), %.1f MB UTF-8, %,d chars%n",
                    textArray.length, megabytes, chars);
            out.printf("JMH: %d fork(s), %d warm-up + %d measured iterations of %d s; one operation = one pass over all articles%n%n",
                    forks, warmup, iterations, seconds);
            out.flush();
            Collection<RunResult> results = runJmh(file);
            out.println();
            printSummary(out, results, textArray.length, megabytes, marsadTokens, luceneTokens, scannerTokens);
        } finally {
            Files.deleteIfExists(file);
        }
        out.flush();
        return 0;
    }

    private static long countTokens(Analyzer analyzer, String[] texts) {
        try (analyzer) {
            return AnalysisPasses.analyze(analyzer, texts);
        }
    }

    private Collection<RunResult> runJmh(Path file) throws RunnerException {
        String methods = tokenizer ? MARSAD + "|" + LUCENE + "|" + TOKENIZER : MARSAD + "|" + LUCENE;
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + java.util.regex.Pattern.quote(AnalyzerBenchmark.class.getName()) + "\\.(" + methods + ")$")
                .param("texts", file.toAbsolutePath().toString())
                .forks(forks)
                .warmupIterations(warmup)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(seconds))
                .shouldFailOnError(true);
        if (forks > 0) {
            // forks start from this JVM's class path (the marsad jar) with this JVM's flags
            List<String> jvmArgs = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
            if (Runtime.version().feature() >= 23) {
                jvmArgs.add("--sun-misc-unsafe-memory-access=allow"); // JMH's harness uses Unsafe; silence JDK 24+ warnings
            }
            options.jvmArgs(jvmArgs.toArray(new String[0]));
        }
        return new Runner(options.build()).run();
    }

    private static void printSummary(PrintWriter out, Collection<RunResult> results, int articles, double megabytes,
            long marsadTokens, long luceneTokens, long scannerTokens) {
        RunResult marsad = find(results, MARSAD);
        RunResult lucene = find(results, LUCENE);
        RunResult scanner = find(results, TOKENIZER);
        out.println("Summary, wall clock (JMH scores; ± = JMH 99.9% confidence half-width; same articles for all rows)");
        out.printf("%-34s %13s %19s %15s %17s%n", "", "tokens/pass", "articles/s", "MB/s", "M tokens/s");
        row(out, "marsad ArabicNewsAnalyzer", marsad.getPrimaryResult(), articles, megabytes, marsadTokens);
        row(out, "Lucene 10.6 ArabicAnalyzer", lucene.getPrimaryResult(), articles, megabytes, luceneTokens);
        if (scanner != null) {
            row(out, "marsad ArabicTokenizer alone (*)", scanner.getPrimaryResult(), articles, megabytes, scannerTokens);
        }
        double ratio = marsad.getPrimaryResult().getScore() / lucene.getPrimaryResult().getScore();
        // first-order propagation of the two independent confidence half-widths
        double ratioError = ratio * Math.hypot(relative(marsad.getPrimaryResult()), relative(lucene.getPrimaryResult()));
        out.printf("%nratio marsad / Lucene, articles/s (= MB/s, same input): %s%n",
                plusMinus(ratio, ratioError, "%.2f"));
        double tokenRatio = ratio * marsadTokens / luceneTokens;
        out.printf("ratio marsad / Lucene, tokens/s: %s (marsad emits %.2fx Lucene's tokens)%n",
                plusMinus(tokenRatio, tokenRatio * ratioError / ratio, "%.2f"), (double) marsadTokens / luceneTokens);

        out.printf("%nSame run, CPU time of the benchmark thread (not slowed by other processes taking the CPU;%n"
                + "mean of the measured iterations, [min, max] across them)%n");
        out.printf("%-34s %30s %24s%n", "", "articles/s", "MB/s");
        double[] m = cpuPassesPerSecond(marsad);
        double[] l = cpuPassesPerSecond(lucene);
        cpuRow(out, "marsad ArabicNewsAnalyzer", m, articles, megabytes);
        cpuRow(out, "Lucene 10.6 ArabicAnalyzer", l, articles, megabytes);
        if (scanner != null) {
            cpuRow(out, "marsad ArabicTokenizer alone (*)", cpuPassesPerSecond(scanner), articles, megabytes);
        }
        out.printf("%nratio marsad / Lucene, CPU time: %.2f%n", m[0] / l[0]);
        if (scanner != null) {
            out.println("(*) tokenizer tokens include punctuation and symbols; no normalization, no stemming");
        }
    }

    /** Mean, min and max over the measured iterations of passes per CPU second. */
    private static double[] cpuPassesPerSecond(RunResult r) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        int n = 0;
        for (BenchmarkResult fork : r.getBenchmarkResults()) {
            for (IterationResult it : fork.getIterationResults()) {
                Result<?> nanos = it.getSecondaryResults().get("cpuNanos");
                Result<?> passes = it.getSecondaryResults().get("passes");
                if (nanos == null || passes == null || nanos.getScore() <= 0) {
                    continue;
                }
                double v = passes.getScore() / (nanos.getScore() / 1e9);
                sum += v;
                min = Math.min(min, v);
                max = Math.max(max, v);
                n++;
            }
        }
        return n == 0 ? new double[] {Double.NaN, Double.NaN, Double.NaN} : new double[] {sum / n, min, max};
    }

    private static void cpuRow(PrintWriter out, String label, double[] passes, int articles, double megabytes) {
        out.printf("%-34s %30s %24s%n", label,
                String.format("%,.0f [%,.0f, %,.0f]", passes[0] * articles, passes[1] * articles, passes[2] * articles),
                String.format("%.2f [%.2f, %.2f]", passes[0] * megabytes, passes[1] * megabytes, passes[2] * megabytes));
    }

    private static void row(PrintWriter out, String label, Result<?> r, int articles, double megabytes, long tokens) {
        double passes = r.getScore();
        double error = r.getScoreError();
        out.printf("%-34s %,13d %19s %15s %17s%n", label, tokens,
                plusMinus(passes * articles, error * articles, "%,.0f"),
                plusMinus(passes * megabytes, error * megabytes, "%.2f"),
                plusMinus(passes * tokens / 1e6, error * tokens / 1e6, "%.2f"));
    }

    private static String plusMinus(double value, double error, String format) {
        String v = String.format(format, value);
        return Double.isNaN(error) ? v + " ± n/a" : v + " ± " + String.format(format, error);
    }

    private static double relative(Result<?> r) {
        return r.getScoreError() / r.getScore(); // NaN (printed n/a) when too few iterations for an interval
    }

    private static RunResult find(Collection<RunResult> results, String method) {
        for (RunResult r : results) {
            if (r.getParams().getBenchmark().endsWith("." + method)) {
                return r;
            }
        }
        return null;
    }
}
