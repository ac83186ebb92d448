package org.marsad.store.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.marsad.store.read.Rejection;

/** Counts of one ingest run: articles read, newly ingested, duplicates, already present, and every rejection. */
public final class IngestTally {
    long files;
    long read;
    long ingested;
    long duplicates;
    long alreadyPresent;
    long bytes;
    volatile long readingCpuNanos = -1;
    long indexingCpuNanos = -1;
    long preparingCpuNanos = -1;
    private final List<Rejection> rejections = new ArrayList<>();

    void reject(Rejection r) {
        rejections.add(r);
    }

    public long files() {
        return files;
    }

    /** Articles the readers produced. */
    public long read() {
        return read;
    }

    /** Articles newly indexed. */
    public long ingested() {
        return ingested;
    }

    /** Articles whose body another source's article already has: recorded, not indexed twice. */
    public long duplicates() {
        return duplicates;
    }

    /** Articles already in the archive (same source and body): nothing added. */
    public long alreadyPresent() {
        return alreadyPresent;
    }

    /** Bytes of input files read. */
    public long bytes() {
        return bytes;
    }

    /** CPU time of the preparing threads together (keys, signatures, analysis, extractors), or -1 if unknown. */
    public long preparingCpuNanos() {
        return preparingCpuNanos;
    }

    /** CPU time of the reading thread (unzip, parse, decode), or -1 if unknown. */
    public long readingCpuNanos() {
        return readingCpuNanos;
    }

    /** CPU time of the indexing thread (dedup, near-duplicate linking, Lucene indexing, commits), or -1 if unknown. */
    public long indexingCpuNanos() {
        return indexingCpuNanos;
    }

    public List<Rejection> rejections() {
        return Collections.unmodifiableList(rejections);
    }
}
