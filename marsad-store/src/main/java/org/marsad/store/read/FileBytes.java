package org.marsad.store.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a whole one-article file, refusing empty files and files too big to be one article. */
final class FileBytes {
    /** Larger than any real news page; a bigger txt or html file is a dump or a mistake, not an article. */
    static final long MAX_ARTICLE_FILE = 32L << 20;

    private FileBytes() {}

    static byte[] read(Path file) throws BadInputException {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new BadInputException("empty file");
            }
            if (size > MAX_ARTICLE_FILE) {
                throw new BadInputException(String.format(Locale.ROOT,
                        "file too large for one article (%.1f MB; the limit is %d MB): split it, or save it as .jsonl",
                        size / 1e6, MAX_ARTICLE_FILE >> 20));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException("cannot read: " + e.getMessage());
        }
    }

    /** Default source of a file that does not name one: its folder, or the file name without extension. */
    static String folderSource(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && parent.getFileName() != null) {
            return parent.getFileName().toString();
        }
        return stem(file);
    }

    static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.indexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
