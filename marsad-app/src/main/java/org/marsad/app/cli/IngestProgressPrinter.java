package org.marsad.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.marsad.store.ingest.IngestProgress;
import org.marsad.store.ingest.IngestTally;

/**
 * Shows an ingest run's progress: a bar redrawn in place on a terminal, or a plain line every
 * few seconds (and per file) when the output is a pipe or a log.
 */
final class IngestProgressPrinter implements IngestProgress {
    private static final int WIDTH = 30;
    private static final long LINE_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastLine;
    private Path lastFile;
    private int drawn;

    IngestProgressPrinter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void update(IngestTally t, long done, long total, Path file) {
        double secs = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        String counts = String.format(Locale.ROOT, "%,d read, %,d new, %,d dup, %,d rejected, %.0f articles/s",
                t.read(), t.ingested(), t.duplicates(), t.rejections().size(), t.read() / secs);
        if (terminal) {
            double f = total == 0 ? 1 : Math.min(1, (double) done / total);
            int full = (int) Math.round(f * WIDTH);
            String line = String.format(Locale.ROOT, "\r[%s%s] %3.0f%% %s", "#".repeat(full), " ".repeat(WIDTH - full),
                    f * 100, counts);
            err.print(line + " ".repeat(Math.max(0, drawn - line.length())));
            drawn = line.length();
            err.flush();
            return;
        }
        long now = System.nanoTime();
        if (file != lastFile || now - lastLine >= LINE_NANOS) {
            String where = file != lastFile ? "reading " + file + "; " : "";
            err.printf(Locale.ROOT, "ingest: %s%.0f%% of %.1f MB; %s%n", where,
                    total == 0 ? 100.0 : 100.0 * done / total, total / 1e6, counts);
            err.flush();
            lastFile = file;
            lastLine = now;
        }
    }

    @Override
    public void done(IngestTally t, long total) {
        if (terminal && drawn > 0) {
            update(t, total, total, null);
            err.println();
            err.flush();
        }
    }
}
