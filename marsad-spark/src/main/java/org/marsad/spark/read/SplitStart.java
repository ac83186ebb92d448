package org.marsad.spark.read;

import java.io.Serializable;

/**
 * A split of a text file (file, byte offset where it starts), how many lines it holds, and the
 * 1-based line within the split of its first line holding a NUL byte (0 when none does): JSON text
 * never holds a raw NUL, so such a line means the file is binary from there on.
 */
public record SplitStart(String file, long start, long lines, long firstNulLine) implements Serializable {
    public SplitStart(String file, long start, long lines) {
        this(file, start, lines, 0);
    }

    /** The key of a split in {@link JsonlInput}'s line-number table. */
    public String key() {
        return file + "@" + start;
    }
}
