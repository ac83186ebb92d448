package org.marsad.spark.job;

import java.util.Locale;

/**
 * What a batch run did: records read (articles plus rejects), articles written, records rejected,
 * seconds taken, and CPU seconds of this JVM meanwhile (on a shared machine the fairer rate; in
 * local mode the executors are in this JVM, on a cluster they are not and it is the driver's alone).
 */
public record BatchResult(long read, long written, long rejected, double seconds, double cpuSeconds) {
    public double recordsPerSecond() {
        return read / seconds;
    }

    /** The one-line summary {@code marsad batch} prints. */
    public String summary(String output) {
        return String.format(Locale.ROOT,
                "batch: read %,d records, wrote %,d articles to %s/articles, rejected %,d%s; %.1f s (%.1f CPU-s), %.1f articles/s",
                read, written, output, rejected, rejected > 0 ? " (reasons in " + output + "/rejects)" : "",
                seconds, cpuSeconds, recordsPerSecond());
    }
}
