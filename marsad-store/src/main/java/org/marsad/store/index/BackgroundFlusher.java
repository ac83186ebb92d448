package org.marsad.store.index;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.apache.lucene.index.IndexWriter;

/**
 * Writes the indexing buffer out as a segment on a thread of its own once it holds
 * {@link #FLUSH_BYTES}, so that the one thread adding documents goes on inverting the next ones
 * instead of encoding postings (a third of its time at ingest when it flushed itself). 64 MB is
 * the RAM limit at which the writer flushed before, so segments (and merges) stay as they were.
 * Lucene hands the flushing thread the full buffer and the adding thread a fresh one; segments are
 * published in the order their flushes started, so document order stays the order of adding.
 * The writer's own RAM limit stays as a backstop, above this one.
 */
final class BackgroundFlusher implements AutoCloseable {
    /** Buffer size at which a segment is written in the background. */
    static final long FLUSH_BYTES = 64L << 20;
    /** How often (in added documents) the adding thread looks at the buffer size. */
    private static final int CHECK_EVERY = 32;

    private final IndexWriter writer;
    private final long flushBytes;
    private final Semaphore wake = new Semaphore(0);
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean flushing;
    private volatile IOException failure;
    private volatile long cpuNanos = -1;
    private int added;

    BackgroundFlusher(IndexWriter writer) {
        this(writer, FLUSH_BYTES);
    }

    BackgroundFlusher(IndexWriter writer, long flushBytes) {
        this.writer = writer;
        this.flushBytes = flushBytes;
        this.thread = Thread.ofPlatform().name("marsad-flush").daemon().start(this::loop);
    }

    /** Called by the adding thread after each document: wakes the flusher when the buffer is full. */
    void added() throws IOException {
        IOException f = failure;
        if (f != null) {
            throw new IOException("writing a segment failed: " + f.getMessage(), f);
        }
        if (++added % CHECK_EVERY == 0 && !flushing && writer.ramBytesUsed() >= flushBytes) {
            flushing = true;
            wake.release();
        }
    }

    private void loop() {
        try {
            flushWhenWoken();
        } finally {
            java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
            cpuNanos = t.isCurrentThreadCpuTimeSupported() ? t.getCurrentThreadCpuTime() : -1;
        }
    }

    private void flushWhenWoken() {
        while (!closed) {
            try {
                wake.acquire();
            } catch (InterruptedException e) {
                return;
            }
            if (closed) {
                return;
            }
            try {
                writer.flushNextBuffer();
            } catch (IOException e) {
                failure = e;
                return;
            } catch (RuntimeException e) {
                // e.g. the writer was closed after a tragic failure: the adding thread sees it on its next add
                return;
            } finally {
                flushing = false;
            }
        }
    }

    /** CPU time of the flushing thread once {@link #close() closed}, else -1. */
    long cpuNanos() {
        return cpuNanos;
    }

    /** Stops the flusher, waiting for a flush under way; the writer itself flushes what is left. */
    @Override
    public void close() throws IOException {
        closed = true;
        wake.release();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a background flush", e);
        }
        IOException f = failure;
        if (f != null) {
            throw new IOException("writing a segment failed: " + f.getMessage(), f);
        }
    }
}
