package org.marsad.store.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marsad.store.article.Article;
import org.marsad.store.index.AddOutcome;
import org.marsad.store.index.ArchiveWriter;
import org.marsad.store.read.InputFiles;
import org.marsad.store.read.InputFormat;
import org.marsad.store.read.ReadSink;
import org.marsad.store.read.Readers;
import org.marsad.store.read.Rejection;

/**
 * One ingest run: expands the paths, reads every file with the reader of its format (forced or
 * by extension, else by its first bytes) and adds each article to the archive. Bad files and
 * records are tallied as rejections; only a failure of the archive itself (disk full) stops the run.
 */
public final class Ingester {
    private static final long UPDATE_NANOS = 200_000_000L;

    private final Readers readers = new Readers();
    private final InputFormat forced;
    private final IngestProgress progress;

    /** @param forced the format of every file, or null to pick per file */
    public Ingester(InputFormat forced, IngestProgress progress) {
        this.forced = forced;
        this.progress = progress;
    }

    public IngestTally run(List<Path> paths, ArchiveWriter writer) throws IOException {
        IngestTally tally = new IngestTally();
        List<Path> files = InputFiles.expand(paths, tally::reject);
        long total = 0;
        for (Path f : files) {
            total += sizeOf(f);
        }
        Sink sink = new Sink(writer, tally, total);
        try {
            for (Path f : files) {
                sink.startFile(f);
                InputFormat format = forced != null ? forced : InputFormat.ofFileName(f);
                if (format == null) {
                    format = FormatSniffer.sniff(f);
                }
                if (format == null) {
                    tally.reject(new Rejection(f, 0, "not a format marsad reads (txt, jsonl[.gz], html, rss/atom, "
                            + "warc[.gz]); use --format to force one"));
                } else {
                    readers.of(format).read(f, sink);
                }
                sink.endFile();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.commit();
        progress.done(tally, total);
        return tally;
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Receives what the readers produce and hands it to the archive. */
    private final class Sink implements ReadSink {
        private final ArchiveWriter writer;
        private final IngestTally tally;
        private final long total;
        private long doneBefore;
        private long inFile;
        private long fileSize;
        private Path file;
        private long lastUpdate;

        Sink(ArchiveWriter writer, IngestTally tally, long total) {
            this.writer = writer;
            this.tally = tally;
            this.total = total;
        }

        void startFile(Path f) {
            file = f;
            inFile = 0;
            fileSize = sizeOf(f);
            tally.files++;
            progress.update(tally, doneBefore, total, file);
            lastUpdate = System.nanoTime();
        }

        void endFile() {
            doneBefore += fileSize;
            tally.bytes += fileSize;
        }

        @Override
        public void article(Article article, String origin) {
            tally.read++;
            try {
                AddOutcome o = writer.add(article, origin);
                switch (o) {
                    case ADDED -> tally.ingested++;
                    case DUPLICATE -> tally.duplicates++;
                    case ALREADY_PRESENT -> tally.alreadyPresent++;
                }
            } catch (IllegalArgumentException e) {
                // Lucene refuses e.g. a term longer than 32 KB: this article only
                tally.reject(new Rejection(Path.of(origin), 0, "cannot index: " + e.getMessage()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            maybeUpdate();
        }

        @Override
        public void reject(Rejection rejection) {
            tally.reject(rejection);
        }

        @Override
        public void progress(long bytesRead) {
            inFile = Math.min(bytesRead, fileSize);
            maybeUpdate();
        }

        private void maybeUpdate() {
            long now = System.nanoTime();
            if (now - lastUpdate >= UPDATE_NANOS) {
                lastUpdate = now;
                progress.update(tally, doneBefore + inFile, total, file);
            }
        }
    }
}
