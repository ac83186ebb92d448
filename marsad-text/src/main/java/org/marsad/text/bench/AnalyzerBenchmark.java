package org.marsad.text.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.text.lucene.ArabicNewsAnalyzer;
import org.marsad.text.tokenize.ArabicTokenizer;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Throughput of marsad's {@link ArabicNewsAnalyzer} against Lucene's stock {@link ArabicAnalyzer}
 * (what Elasticsearch and OpenSearch ship as {@code arabic}) over the same articles, plus
 * marsad's {@link ArabicTokenizer} alone as the floor any analysis pays.
 *
 * <p>One operation is one pass over all texts of the {@link #texts} file (written by
 * {@link ArticleTexts}), so passes/s times the number of articles is articles/s.
 * Run through {@code marsad bench analyzer}, which picks the articles and prints the comparison.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class AnalyzerBenchmark {
    /** Path of an {@link ArticleTexts} file. */
    @Param("")
    public String texts;

    private String[] articles;
    private Analyzer marsad;
    private Analyzer lucene;
    private ArabicTokenizer tokenizer;

    @Setup
    public void setUp() throws IOException {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("set the 'texts' parameter to an article texts file (see marsad bench analyzer)");
        }
        articles = ArticleTexts.read(Path.of(texts));
        marsad = new ArabicNewsAnalyzer();
        lucene = new ArabicAnalyzer();
        tokenizer = new ArabicTokenizer();
    }

    @TearDown
    public void tearDown() {
        marsad.close();
        lucene.close();
    }

    @Benchmark
    public long marsadAnalyzer(CpuTime cpu) {
        long t0 = cpu.start();
        long tokens = AnalysisPasses.analyze(marsad, articles);
        cpu.stop(t0);
        return tokens;
    }

    @Benchmark
    public long luceneArabicAnalyzer(CpuTime cpu) {
        long t0 = cpu.start();
        long tokens = AnalysisPasses.analyze(lucene, articles);
        cpu.stop(t0);
        return tokens;
    }

    @Benchmark
    public long marsadTokenizer(CpuTime cpu) {
        long t0 = cpu.start();
        long tokens = AnalysisPasses.tokenize(tokenizer, articles);
        cpu.stop(t0);
        return tokens;
    }

    /**
     * CPU time the benchmark thread spent on its passes, reported by JMH per iteration next to the
     * wall-clock score. On a machine shared with other work, wall-clock throughput also measures
     * how often the thread was descheduled; CPU time per pass does not (cache contention remains).
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        /** CPU nanoseconds spent in passes this iteration. */
        public long cpuNanos;
        /** Passes completed this iteration. */
        public long passes;

        @Setup(Level.Iteration)
        public void clear() {
            cpuNanos = 0;
            passes = 0;
        }

        long start() {
            return THREADS.getCurrentThreadCpuTime();
        }

        void stop(long start) {
            cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
            passes++;
        }
    }
}
