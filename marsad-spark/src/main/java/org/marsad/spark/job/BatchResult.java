package org.marsad.spark.job;

import java.util.Locale;

/** What a batch run did: records read (articles plus rejects), articles written, records rejected, seconds taken. */
public record BatchResult(long read, long written, long rejected, double seconds) {
    public double recordsPerSecond() {
        return read / seconds;
    }

    /** The one-line summary {@code marsad batch} prints. */
    public String summary(String output) {
        return String.format(Locale.ROOT,
                "batch: read %,d records, wrote %,d articles to %s/articles, rejected %,d%s; %.1f s, %.1f articles/s",
                read, written, output, rejected, rejected > 0 ? " (reasons in " + output + "/rejects)" : "",
                seconds, recordsPerSecond());
    }
}
