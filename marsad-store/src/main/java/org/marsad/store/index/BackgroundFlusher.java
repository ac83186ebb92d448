package org.marsad.store.index;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexWriter;

/**
 * Writes segments and the archive's periodic commits on a thread of its own, so that the one
 * thread adding documents goes on inverting the next ones instead of encoding postings and waiting
 * for fsync (a third of its time at ingest when it did both itself). A segment is written once the
 * indexing buffer holds {@link #FLUSH_BYTES}: Lucene hands this thread the full buffer and the
 * adding thread a fresh one. A commit started here holds every document added before it was
 * asked for (the adding thread asks, then adds more), so what it makes durable is still a prefix of
 * the ingest, as crash safety needs. Segments are published in the order their flushes started, so
 * document order stays the order of adding. The writer's own RAM limit stays as a backstop.
 */
final class BackgroundFlusher implements AutoCloseable {
    /** Buffer size at which a segment is written in the background: the writer's RAM limit before this class. */
    static final long FLUSH_BYTES = 64L << 20;
    /** How often (in added documents) the adding thread looks at the buffer size. */
    private static final int CHECK_EVERY = 32;

    private final IndexWriter writer;
    private final long flushBytes;
    private final ExecutorService thread;
    private volatile boolean flushQueued;
    private volatile IOException failure;
    private volatile long cpuNanos = -1;
    private int added;

    BackgroundFlusher(IndexWriter writer) {
        this(writer, FLUSH_BYTES);
    }

    BackgroundFlusher(IndexWriter writer, long flushBytes) {
        this.writer = writer;
        this.flushBytes = flushBytes;
        this.thread = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().name("marsad-flush").daemon().unstarted(r));
    }

    /** Called by the adding thread after each document: has a segment written when the buffer is full. */
    void added() throws IOException {
        throwIfFailed();
        if (++added % CHECK_EVERY == 0 && !flushQueued && writer.ramBytesUsed() >= flushBytes) {
            flushQueued = true;
            run(() -> {
                try {
                    writer.flushNextBuffer();
                } finally {
                    flushQueued = false;
                }
            });
        }
    }

    /** Commits everything added so far, on this thread, while the adding thread goes on. */
    void commitInBackground() throws IOException {
        throwIfFailed();
        run(writer::commit);
    }

    /** Waits until every flush and commit asked for so far is done; throws if one failed. */
    void awaitIdle() throws IOException {
        if (thread.isShutdown()) { // closed: everything it was given is done
            throwIfFailed();
            return;
        }
        try {
            thread.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a background flush or commit", e);
        } catch (ExecutionException e) {
            throw new IOException("background flush failed: " + e.getCause(), e.getCause());
        }
        throwIfFailed();
    }

    /** Work that may fail with an IOException (disk full): kept, and thrown to the adding thread. */
    private interface Work {
        void run() throws IOException;
    }

    private void run(Work w) {
        Future<?> ignored = thread.submit(() -> {
            if (failure != null) {
                return; // the writer is broken: nothing more to write
            }
            try {
                w.run();
            } catch (IOException e) {
                failure = e;
            } catch (RuntimeException e) {
                // e.g. the writer was closed after a tragic failure: the adding thread sees it on its next add
                failure = new IOException(e.toString(), e);
            } finally {
                java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
                cpuNanos = t.isCurrentThreadCpuTimeSupported() ? t.getCurrentThreadCpuTime() : -1;
            }
        });
    }

    private void throwIfFailed() throws IOException {
        IOException f = failure;
        if (f != null) {
            throw new IOException("writing the archive in the background failed: " + f.getMessage(), f);
        }
    }

    /** CPU time of the flushing thread (as of its last flush or commit), or -1 if it did none. */
    long cpuNanos() {
        return cpuNanos;
    }

    /** Waits for the flushes and commits under way and stops the thread; the writer does what is left. */
    @Override
    public void close() throws IOException {
        try {
            awaitIdle();
        } finally {
            thread.shutdown();
        }
    }
}
