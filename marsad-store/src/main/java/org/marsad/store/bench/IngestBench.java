package org.marsad.store.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.marsad.store.annotate.ArticleAnnotator;
import org.marsad.store.article.Article;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveWriter;
import org.marsad.store.ingest.IngestProgress;
import org.marsad.store.ingest.IngestTally;
import org.marsad.store.ingest.Ingester;

/**
 * Ingest throughput, three ways in one run, each measured after unmeasured warm-up runs (the
 * peak heap of the in-memory phases includes the texts held in memory):
 * plain Lucene with ArabicAnalyzer over texts already in memory (the baseline);
 * marsad's full ingest from the JSONL files (gzip, JSON, readers, ids, dedup, ArabicNewsAnalyzer,
 * offsets, facets, batched commits); and marsad's archive writer over the same in-memory texts
 * through the same ingest stages without the reading thread (keys, signatures, analysis on the
 * preparing threads; dedup and indexing), which isolates the cost of reading the files.
 */
public final class IngestBench {
    /** One measured phase. {@code textBytes}: UTF-8 bytes of titles and bodies. */
    public record Phase(String name, long articles, double seconds, double cpuSeconds, long textBytes, long indexBytes,
            long peakHeapBytes, String threads) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        /** Articles per second of JVM CPU time: what the phase costs, whatever else runs on the machine. */
        public double articlesPerCpuSecond() {
            return articles / cpuSeconds;
        }

        public double megabytesPerSecond() {
            return textBytes / 1e6 / seconds;
        }

        /** The same phase described with the threads doing its work (Lucene's merges and the JVM's GC/JIT come on top). */
        Phase withThreads(String t) {
            return new Phase(name, articles, seconds, cpuSeconds, textBytes, indexBytes, peakHeapBytes, t);
        }
    }

    /** Articles between commits in marsad's phases: {@code marsad ingest}'s default. */
    public static final int DEFAULT_COMMIT_EVERY = 20_000;

    private IngestBench() {}

    /**
     * Runs the three phases, each {@code warmups} times unmeasured (so the JIT has compiled what it
     * runs and the heap has grown to its working size) and then once measured. The full ingest
     * runs first, before the texts are loaded into memory, so that no phase pays garbage-collection
     * work for another phase's data.
     *
     * @param load loads all articles into memory (for the baseline and the in-memory phase)
     */
    public static List<Phase> run(List<Path> files, Supplier<List<Article>> load, int warmups, Path work,
            Consumer<String> log) throws IOException {
        return run(files, load, warmups, work, log, null);
    }

    /**
     * As {@link #run(List, Supplier, int, Path, Consumer)}; with an {@code annotator}, the full
     * ingest (and its warm-ups) also runs the extractors on every new article, as {@code marsad
     * ingest} does by default.
     */
    public static List<Phase> run(List<Path> files, Supplier<List<Article>> load, int warmups, Path work,
            Consumer<String> log, ArticleAnnotator annotator) throws IOException {
        return run(files, load, warmups, work, log, annotator, DEFAULT_COMMIT_EVERY);
    }

    /**
     * As {@link #run(List, Supplier, int, Path, Consumer, ArticleAnnotator)}, marsad's phases
     * committing every {@code commitEvery} articles (the baseline commits once, at the end).
     */
    public static List<Phase> run(List<Path> files, Supplier<List<Article>> load, int warmups, Path work,
            Consumer<String> log, ArticleAnnotator annotator, int commitEvery) throws IOException {
        Phase ours = null;
        for (int i = 0; i <= warmups; i++) {
            log.accept((i < warmups ? "warm-up: " : "measured: ") + "marsad ingest from " + files);
            String name = annotator == null ? "marsad ingest (jsonl.gz files -> archive)"
                    : "marsad ingest + extractors (jsonl.gz -> archive)";
            String[] threads = {""};
            ours = measure(name, 0, work.resolve("marsad-full"), dir -> {
                IngestTally tally;
                ArchiveWriter w = new ArchiveWriter(new ArchiveLocation(dir), commitEvery, 30, annotator);
                try (w) {
                    tally = new Ingester(null, IngestProgress.NONE).run(files, w);
                }
                log.accept(String.format("marsad ingest: %d read, %d ingested, %d duplicates, %d already present, %d rejected;"
                                + " CPU s: reading thread %.1f, preparing threads %.1f, indexing thread %.1f, flushing thread %.1f",
                        tally.read(), tally.ingested(), tally.duplicates(), tally.alreadyPresent(), tally.rejections().size(),
                        tally.readingCpuNanos() / 1e9, tally.preparingCpuNanos() / 1e9, tally.indexingCpuNanos() / 1e9,
                        w.flushingCpuNanos() / 1e9));
                threads[0] = String.format(java.util.Locale.ROOT, "reading thread (gzip, JSON, ids) %.1f CPU-s; %d preparing"
                        + " threads (signatures, analysis%s) %.1f CPU-s; indexing thread (dedup, Lucene) %.1f CPU-s; flushing"
                        + " thread (segments) %.1f CPU-s",
                        tally.readingCpuNanos() / 1e9, Ingester.preparingThreads(), annotator == null ? "" : ", extractors",
                        tally.preparingCpuNanos() / 1e9, tally.indexingCpuNanos() / 1e9, w.flushingCpuNanos() / 1e9);
                return tally.read();
            });
            ours = ours.withThreads(threads[0]);
        }

        log.accept("loading the texts into memory");
        List<Article> articles = load.get();
        long textBytes = 0;
        for (Article a : articles) {
            textBytes += a.body().getBytes(StandardCharsets.UTF_8).length;
            if (a.title() != null) {
                textBytes += a.title().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        ours = new Phase(ours.name(), ours.articles(), ours.seconds(), ours.cpuSeconds(), textBytes, ours.indexBytes(),
                ours.peakHeapBytes(), ours.threads());

        Phase plain = null;
        for (int i = 0; i <= warmups; i++) {
            log.accept((i < warmups ? "warm-up: " : "measured: ") + "plain Lucene + ArabicAnalyzer, texts in memory");
            plain = measure("plain Lucene, ArabicAnalyzer (texts in memory)", textBytes, work.resolve("plain"), dir -> {
                PlainLucene.index(dir, articles);
                return articles.size();
            }).withThreads("1 thread (texts already read and parsed)");
        }
        Phase oursMem = null;
        for (int i = 0; i <= warmups; i++) {
            log.accept((i < warmups ? "warm-up: " : "measured: ") + "marsad archive writer, texts in memory");
            String[] memThreads = {""};
            oursMem = measure("marsad archive writer (texts in memory)", textBytes, work.resolve("marsad-mem"), dir -> {
                ArchiveWriter w = new ArchiveWriter(new ArchiveLocation(dir), commitEvery, 30);
                IngestTally tally;
                try (w) {
                    tally = new Ingester(null, IngestProgress.NONE).run(articles, "bench", w);
                }
                memThreads[0] = String.format(java.util.Locale.ROOT, "the ingest stages without reading: %d preparing threads"
                        + " (signatures, analysis) %.1f CPU-s; indexing thread %.1f CPU-s; flushing thread %.1f CPU-s",
                        Ingester.preparingThreads(), tally.preparingCpuNanos() / 1e9, tally.indexingCpuNanos() / 1e9,
                        w.flushingCpuNanos() / 1e9);
                return articles.size();
            });
            oursMem = oursMem.withThreads(memThreads[0]);
        }
        return List.of(plain, ours, oursMem);
    }

    /** Work that fills an index folder and returns how many articles it took. */
    private interface IndexJob {
        long run(Path dir) throws IOException;
    }

    /** Runs {@code job} into a fresh {@code dir}, timing it; the folder is deleted afterwards. */
    private static Phase measure(String name, long textBytes, Path dir, IndexJob job) throws IOException {
        delete(dir);
        HeapPeak.reset();
        long t0 = System.nanoTime();
        long c0 = CpuClock.nanos();
        long n = job.run(dir);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (CpuClock.nanos() - c0) / 1e9;
        long heap = HeapPeak.bytes();
        long size = size(dir);
        delete(dir);
        return new Phase(name, n, wall, cpu, textBytes, size, heap, "");
    }

    static void writeArchive(ArchiveLocation loc, List<Article> articles) throws IOException {
        writeArchive(loc, articles, DEFAULT_COMMIT_EVERY);
    }

    /** The articles into an archive through the ingest stages (preparing threads, one indexing thread). */
    static void writeArchive(ArchiveLocation loc, List<Article> articles, int commitEvery) throws IOException {
        try (ArchiveWriter w = new ArchiveWriter(loc, commitEvery, 30)) {
            new Ingester(null, IngestProgress.NONE).run(articles, "bench", w);
        }
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void delete(Path root) throws IOException {
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
