package org.marsad.store.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.marsad.extract.doc.Doc;
import org.marsad.store.annotate.ArticleAnnotator;
import org.marsad.store.article.Article;
import org.marsad.store.article.ArticleKeys;
import org.marsad.store.dedup.MinHashSignature;
import org.marsad.store.index.AddOutcome;
import org.marsad.store.index.AnalyzedArticle;
import org.marsad.store.index.ArchiveSink;
import org.marsad.store.read.InputFiles;
import org.marsad.store.read.InputFormat;
import org.marsad.store.read.ReadSink;
import org.marsad.store.read.Readers;
import org.marsad.store.read.Rejection;

/**
 * One ingest run: expands the paths, reads every file with the reader of its format (forced, or
 * by extension, else by its first bytes) and adds each article to the archive. Three stages, so
 * that the one thread that must write in order does little else: a reading thread (unzip, parse,
 * decode, id and body key from one digest of the body) hands each article to a pool of preparing
 * threads (near-duplicate signature, the analyzed title and body, and the extractors when the writer has an annotator:
 * everything that does not depend on earlier articles), and the calling thread takes the prepared
 * articles in reading order, through a small bounded queue, and writes them to the archive (dedup,
 * near-duplicate linking, Lucene). Bad files and records are tallied as rejections; only a
 * failure of the archive itself (disk full) stops the run.
 */
public final class Ingester {
    private static final long UPDATE_NANOS = 200_000_000L;
    private static final int QUEUE = 512;
    /** Preparing threads: one per CPU (the reading and writing threads mostly wait on them), at most 4. */
    private static final int PREPARING_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final Readers readers = new Readers();
    private final InputFormat forced;
    private final IngestProgress progress;

    /** What the reading thread hands to the indexing thread. */
    private sealed interface Event {}

    private record FileStarted(Path file, long size) implements Event {}

    /**
     * The body key is computed on the reading thread, right after the id, from the same digest; so
     * are the annotations (null when extraction is off or the archive already had the article), so
     * that the extractors run beside the indexing thread rather than before it; likewise the
     * near-duplicate signature (null when the archive already had the article).
     */
    private record Read(Article article, String bodyKey, String origin, Doc annotations, MinHashSignature signature,
            AnalyzedArticle analyzed) implements Event {}

    /** An article being prepared on the pool; taken in reading order. */
    private record Preparing(Future<Read> read) implements Event {}

    private record Rejected(Rejection rejection) implements Event {}

    private record Progress(long bytesInFile) implements Event {}

    private record Failed(RuntimeException error) implements Event {}

    private record Done() implements Event {}

    /** How many preparing threads a run uses. */
    public static int preparingThreads() {
        return PREPARING_THREADS;
    }

    /** @param forced the format of every file, or null to pick per file */
    public Ingester(InputFormat forced, IngestProgress progress) {
        this.forced = forced;
        this.progress = progress;
    }

    public IngestTally run(List<Path> paths, ArchiveSink writer) throws IOException {
        IngestTally tally = new IngestTally();
        List<Path> files = InputFiles.expand(paths, tally::reject);
        long total = 0;
        for (Path f : files) {
            total += sizeOf(f);
        }
        return run(tally, total, writer, sink -> readFiles(files, sink));
    }

    /**
     * Adds articles already in memory, each recorded with {@code origin}, through the same
     * preparing threads and indexing as files (no progress shown): what ingest costs without reading.
     */
    public IngestTally run(Iterable<Article> articles, String origin, ArchiveSink writer) throws IOException {
        return run(new IngestTally(), 0, writer, sink -> {
            for (Article a : articles) {
                sink.article(a, origin);
            }
        });
    }

    /** What the reading thread does: puts every article of the run into the sink, in order. */
    private interface Source {
        void readInto(QueueSink sink);
    }

    private IngestTally run(IngestTally tally, long total, ArchiveSink writer, Source source) throws IOException {
        BlockingQueue<Event> queue = new ArrayBlockingQueue<>(QUEUE);
        LongAdder preparingCpu = new LongAdder();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(PREPARING_THREADS,
                r -> Thread.ofPlatform().name("marsad-prepare-" + threadNumber.incrementAndGet()).daemon().unstarted(r));
        Thread reader = Thread.ofPlatform().name("marsad-reader").daemon().start(() -> {
            readAll(source, queue, writer, pool, preparingCpu);
            tally.readingCpuNanos = threadCpuNanos();
        });
        long cpu0 = threadCpuNanos();
        try {
            index(queue, writer, tally, total);
        } finally {
            reader.interrupt();
            pool.shutdownNow();
        }
        tally.preparingCpuNanos = preparingCpu.sum();
        writer.commit();
        tally.indexingCpuNanos = cpu0 < 0 ? -1 : threadCpuNanos() - cpu0;
        for (Rejection late : writer.takeLateRejections()) {
            // counted as ingested when handed over; the store refused it afterwards
            tally.reject(late);
            tally.ingested = Math.max(0, tally.ingested - 1);
        }
        progress.done(tally, total);
        return tally;
    }

    /** The reading thread: everything the source reads, in order, into the queue; stops when interrupted. */
    private static void readAll(Source source, BlockingQueue<Event> queue, ArchiveSink writer, ExecutorService pool,
            LongAdder preparingCpu) {
        QueueSink sink = new QueueSink(queue, writer, pool, preparingCpu);
        try {
            source.readInto(sink);
            sink.put(new Done());
        } catch (Stopped e) {
            // the indexing thread has gone away
        } catch (RuntimeException | Error e) {
            // hand the failure to the indexing thread, which would otherwise wait forever
            RuntimeException r = e instanceof RuntimeException re ? re : new IllegalStateException("reading failed: " + e, e);
            try {
                queue.put(new Failed(r));
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Every file, in order, through the reader of its format. */
    private void readFiles(List<Path> files, QueueSink sink) {
        for (Path f : files) {
            sink.put(new FileStarted(f, sizeOf(f)));
            InputFormat format = forced != null ? forced : InputFormat.ofFileName(f);
            if (format == null) {
                format = FormatSniffer.sniff(f);
            }
            if (format == null) {
                sink.reject(new Rejection(f, 0, "not a format marsad reads (txt, jsonl[.gz], html, rss/atom, "
                        + "warc[.gz]); use --format to force one"));
            } else {
                readers.of(format).read(f, sink);
            }
        }
    }

    /** The calling thread: takes what was read and writes it to the archive. */
    private void index(BlockingQueue<Event> queue, ArchiveSink writer, IngestTally tally, long total) throws IOException {
        long doneBefore = 0;
        long fileSize = 0;
        long inFile = 0;
        Path file = null;
        long lastUpdate = System.nanoTime();
        while (true) {
            Event e;
            try {
                e = queue.take();
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new IOException("ingest interrupted", ie);
            }
            switch (e) {
                case FileStarted s -> {
                    if (file != null) {
                        doneBefore += fileSize;
                        tally.bytes += fileSize;
                    }
                    file = s.file();
                    fileSize = s.size();
                    inFile = 0;
                    tally.files++;
                    progress.update(tally, doneBefore, total, file);
                    lastUpdate = System.nanoTime();
                }
                case Read r -> add(writer, tally, r);
                case Preparing p -> add(writer, tally, prepared(p));
                case Rejected r -> tally.reject(r.rejection());
                case Progress p -> inFile = Math.min(p.bytesInFile(), fileSize);
                case Failed f -> throw f.error();
                case Done d -> {
                    tally.bytes += fileSize;
                    return;
                }
            }
            long now = System.nanoTime();
            if (now - lastUpdate >= UPDATE_NANOS) {
                lastUpdate = now;
                progress.update(tally, doneBefore + inFile, total, file);
            }
        }
    }

    /** The prepared article, waiting for it; a failure of preparation stops the run as a reading failure would. */
    private static Read prepared(Preparing p) throws IOException {
        try {
            return p.read().get();
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest interrupted", ie);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException re ? re : new IllegalStateException("preparing an article failed: " + c, c);
        }
    }

    private static void add(ArchiveSink writer, IngestTally tally, Read r) throws IOException {
        tally.read++;
        try {
            AddOutcome o = writer.add(r.article(), r.bodyKey(), r.origin(), r.annotations(), r.signature(), r.analyzed());
            switch (o) {
                case ADDED -> tally.ingested++;
                case DUPLICATE -> tally.duplicates++;
                case ALREADY_PRESENT -> tally.alreadyPresent++;
            }
        } catch (IllegalArgumentException e) {
            // Lucene refuses e.g. a term longer than 32 KB: this article only
            tally.reject(new Rejection(Path.of(r.origin()), 0, "cannot index: " + e.getMessage()));
        }
    }

    private static long threadCpuNanos() {
        java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
        return t.isCurrentThreadCpuTimeSupported() ? t.getCurrentThreadCpuTime() : -1;
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Thrown inside the reading thread when it is interrupted: unwinds out of a reader. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /**
     * Puts what a reader reports into the queue, each article as the pool's work on it (in reading
     * order); progress is sent only when it moved by 1 MB.
     */
    private static final class QueueSink implements ReadSink {
        private final BlockingQueue<Event> queue;
        private final ArchiveSink writer;
        private final ExecutorService pool;
        private final LongAdder preparingCpu;
        private long lastProgress = -1;

        QueueSink(BlockingQueue<Event> queue, ArchiveSink writer, ExecutorService pool, LongAdder preparingCpu) {
            this.queue = queue;
            this.writer = writer;
            this.pool = pool;
            this.preparingCpu = preparingCpu;
        }

        void put(Event e) {
            if (e instanceof FileStarted) {
                lastProgress = -1;
            }
            try {
                queue.put(e);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
        }

        @Override
        public void article(Article article, String origin) {
            // here, right after the reader computed the id: this thread still holds the body's digest
            String bodyKey = ArticleKeys.bodyKey(article.body());
            Future<Read> f;
            try {
                f = pool.submit(() -> {
                    long c0 = threadCpuNanos();
                    Read r = prepare(article, bodyKey, origin);
                    preparingCpu.add(threadCpuNanos() - c0);
                    return r;
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                throw new Stopped(); // the run has ended and shut the pool down
            }
            put(new Preparing(f));
        }

        /** What the writer needs of one article that does not depend on the articles before it. */
        private Read prepare(Article article, String bodyKey, String origin) {
            if (writer.wasKnownAtOpen(article.id(), bodyKey)) {
                return new Read(article, bodyKey, origin, null, null, null); // nothing will be indexed
            }
            MinHashSignature signature = writer.signatureOf(article.body());
            Doc annotations = null;
            ArticleAnnotator annotator = writer.annotator();
            if (annotator != null) {
                try {
                    annotations = annotator.annotate(article);
                } catch (RuntimeException e) {
                    annotations = null; // the writer tries again, and keeps the article without annotations if it fails
                }
            }
            AnalyzedArticle analyzed = null;
            try {
                analyzed = writer.analyze(article);
            } catch (RuntimeException e) {
                analyzed = null; // the writer analyzes it itself and reports what is wrong with it
            }
            return new Read(article, bodyKey, origin, annotations, signature, analyzed);
        }

        @Override
        public void reject(Rejection rejection) {
            put(new Rejected(rejection));
        }

        @Override
        public void progress(long bytesRead) {
            if (lastProgress < 0 || bytesRead - lastProgress >= 1 << 20) {
                lastProgress = bytesRead;
                put(new Progress(bytesRead));
            }
        }
    }
}
