package org.marsad.store.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.marsad.store.article.Article;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveWriter;
import org.marsad.store.ingest.IngestProgress;
import org.marsad.store.ingest.IngestTally;
import org.marsad.store.ingest.Ingester;

/**
 * Ingest throughput, three ways in one run, after a warm-up of each (the peak heap of the
 * in-memory phases includes the texts held in memory):
 * plain Lucene with ArabicAnalyzer over texts already in memory (the baseline);
 * marsad's full ingest from the JSONL files (gzip, JSON, readers, ids, dedup, ArabicNewsAnalyzer,
 * offsets, facets, batched commits); and marsad's archive writer over the same in-memory texts
 * (analysis + indexing + dedup only), which isolates the cost of reading the files.
 */
public final class IngestBench {
    /** One measured phase. {@code textBytes}: UTF-8 bytes of titles and bodies. */
    public record Phase(String name, long articles, double seconds, double cpuSeconds, long textBytes, long indexBytes,
            long peakHeapBytes) {
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
    }

    private IngestBench() {}

    /**
     * Runs the three phases. The full ingest runs first, before the texts are loaded into memory,
     * so that no phase pays garbage-collection work for another phase's data.
     *
     * @param warm  articles for the warm-up of each path
     * @param load  loads all articles into memory (for the baseline and the in-memory phase)
     */
    public static List<Phase> run(List<Path> files, List<Article> warm, Supplier<List<Article>> load, Path work,
            Consumer<String> log) throws IOException {
        log.accept("warm-up: " + warm.size() + " articles each way, and through the jsonl.gz reader");
        PlainLucene.index(work.resolve("warm-plain"), warm);
        writeArchive(new ArchiveLocation(work.resolve("warm-marsad")), warm);
        Path warmFile = work.resolve("warm.jsonl.gz");
        writeJsonl(warmFile, warm);
        try (ArchiveWriter w = new ArchiveWriter(new ArchiveLocation(work.resolve("warm-ingest")), 5000, 30)) {
            new Ingester(null, IngestProgress.NONE).run(List.of(warmFile), w);
        }
        delete(work.resolve("warm-plain"));
        delete(work.resolve("warm-marsad"));
        delete(work.resolve("warm-ingest"));

        log.accept("marsad ingest from " + files);
        ArchiveLocation full = new ArchiveLocation(work.resolve("marsad-full"));
        HeapPeak.reset();
        long t0 = System.nanoTime();
        long c0 = CpuClock.nanos();
        IngestTally tally;
        try (ArchiveWriter w = new ArchiveWriter(full, 5000, 30)) {
            tally = new Ingester(null, IngestProgress.NONE).run(files, w);
        }
        double fullWall = (System.nanoTime() - t0) / 1e9;
        double fullCpu = (CpuClock.nanos() - c0) / 1e9;
        long fullHeap = HeapPeak.bytes();
        log.accept(String.format("marsad ingest: %d read, %d ingested, %d duplicates, %d already present, %d rejected",
                tally.read(), tally.ingested(), tally.duplicates(), tally.alreadyPresent(), tally.rejections().size()));

        log.accept("loading the texts into memory");
        List<Article> articles = load.get();
        long textBytes = 0;
        for (Article a : articles) {
            textBytes += a.body().getBytes(StandardCharsets.UTF_8).length;
            if (a.title() != null) {
                textBytes += a.title().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        Phase ours = new Phase("marsad ingest (jsonl.gz files -> archive)", tally.read(), fullWall, fullCpu, textBytes,
                full.sizeBytes(), fullHeap);
        delete(work.resolve("marsad-full"));

        log.accept("plain Lucene + ArabicAnalyzer, " + articles.size() + " articles from memory");
        HeapPeak.reset();
        t0 = System.nanoTime();
        c0 = CpuClock.nanos();
        PlainLucene.index(work.resolve("plain"), articles);
        Phase plain = new Phase("plain Lucene, ArabicAnalyzer (texts in memory)", articles.size(),
                (System.nanoTime() - t0) / 1e9, (CpuClock.nanos() - c0) / 1e9, textBytes, size(work.resolve("plain")),
                HeapPeak.bytes());

        log.accept("marsad archive writer, " + articles.size() + " articles from memory");
        ArchiveLocation mem = new ArchiveLocation(work.resolve("marsad-mem"));
        HeapPeak.reset();
        t0 = System.nanoTime();
        c0 = CpuClock.nanos();
        writeArchive(mem, articles);
        Phase oursMem = new Phase("marsad archive writer (texts in memory)", articles.size(), (System.nanoTime() - t0) / 1e9,
                (CpuClock.nanos() - c0) / 1e9, textBytes, mem.sizeBytes(), HeapPeak.bytes());
        return List.of(plain, ours, oursMem);
    }

    /** The articles as a gzipped JSONL file, so the warm-up also exercises the reader. */
    private static void writeJsonl(Path file, List<Article> articles) throws IOException {
        JsonFactory json = new JsonFactory();
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (Article a : articles) {
                try (JsonGenerator g = json.createGenerator(out)) {
                    g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                    g.writeStartObject();
                    g.writeStringField("source", a.source());
                    g.writeStringField("title", a.title());
                    g.writeStringField("date", a.published() == null ? null : a.published().toString());
                    g.writeStringField("text", a.body());
                    g.writeEndObject();
                }
                out.write('\n');
            }
        }
    }

    static void writeArchive(ArchiveLocation loc, List<Article> articles) throws IOException {
        try (ArchiveWriter w = new ArchiveWriter(loc, 5000, 30)) {
            for (Article a : articles) {
                w.add(a, "bench");
            }
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
