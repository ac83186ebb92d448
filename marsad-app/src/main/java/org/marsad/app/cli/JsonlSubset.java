package org.marsad.app.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The first non-blank lines of gzip-compressed JSONL files, copied under the same file names into
 * a folder, so that a benchmark can read a subset through the real readers (file names matter:
 * they are the fallback source).
 */
final class JsonlSubset {
    private JsonlSubset() {}

    /** Up to {@code limit} non-blank lines in all, taken from the files in order; returns the copies that got lines. */
    static List<Path> firstLines(List<Path> files, int limit, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> out = new ArrayList<>();
        int left = limit;
        for (Path f : files) {
            if (left <= 0) {
                break;
            }
            Path copy = folder.resolve(f.getFileName());
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                            new GZIPInputStream(Files.newInputStream(f), 1 << 16), StandardCharsets.UTF_8));
                    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                            new GZIPOutputStream(Files.newOutputStream(copy), 1 << 16), StandardCharsets.UTF_8))) {
                String line;
                while (left > 0 && (line = r.readLine()) != null) {
                    if (!line.isBlank()) {
                        w.write(line);
                        w.write('\n');
                        left--;
                    }
                }
            }
            out.add(copy);
        }
        return out;
    }
}
