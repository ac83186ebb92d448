package org.marsad.spark.read;

import java.io.Serializable;

/** A split of a text file (file, byte offset where it starts) and how many lines it holds. */
public record SplitStart(String file, long start, long lines) implements Serializable {
    /** The key of a split in {@link JsonlInput}'s line-number table. */
    public String key() {
        return file + "@" + start;
    }
}
