package org.marsad.store.read;

import java.nio.file.Path;

/** Input that could not become an article: which file, which line or record (0 when the whole file), and why. */
public record Rejection(Path file, long line, String reason) {
    /** file:line: reason, or file: reason when the whole file was rejected. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
