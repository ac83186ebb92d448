package org.marsad.spark.read;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the counting pass learned about the JSONL files of a batch: where each split's line
 * numbering starts, which files are empty, and the line where a binary file's first NUL byte
 * is. The reading pass uses it to reject a file once, as {@code marsad ingest} does, rather than
 * once per unreadable line.
 */
final class FileLayout implements Serializable {
    private final Map<String, Long> firstLines;
    private final Map<String, Long> nulLines;
    private final Map<String, Boolean> empty;

    private FileLayout(Map<String, Long> firstLines, Map<String, Long> nulLines, Map<String, Boolean> empty) {
        this.firstLines = firstLines;
        this.nulLines = nulLines;
        this.empty = empty;
    }

    static FileLayout of(List<SplitStart> splits) {
        List<SplitStart> sorted = new ArrayList<>(splits);
        sorted.sort((a, b) -> a.file().equals(b.file()) ? Long.compare(a.start(), b.start()) : a.file().compareTo(b.file()));
        Map<String, Long> first = new HashMap<>();
        Map<String, Long> nul = new HashMap<>();
        Map<String, Boolean> empty = new HashMap<>();
        String file = null;
        long next = 1;
        for (SplitStart s : sorted) {
            if (!s.file().equals(file)) {
                file = s.file();
                next = 1;
            }
            first.put(s.key(), next);
            if (s.firstNulLine() > 0) {
                nul.putIfAbsent(s.file(), next + s.firstNulLine() - 1);
            }
            next += s.lines();
            empty.put(s.file(), next == 1);
        }
        return new FileLayout(Collections.unmodifiableMap(first), Collections.unmodifiableMap(nul),
                Collections.unmodifiableMap(empty));
    }

    /** The number of the split's first line in its file. */
    long firstLine(String file, long start) {
        return firstLines.get(new SplitStart(file, start, 0).key());
    }

    /** The line of the file's first NUL byte, or 0 when it has none. */
    long nulLine(String file) {
        return nulLines.getOrDefault(file, 0L);
    }

    boolean isEmpty(String file) {
        return empty.getOrDefault(file, false);
    }

    /** For tests: the first line of every split, by {@link SplitStart#key()}. */
    Map<String, Long> firstLines() {
        return firstLines;
    }
}
