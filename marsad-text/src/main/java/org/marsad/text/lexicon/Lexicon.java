package org.marsad.text.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Corpus frequencies of search-normalized Arabic word forms: the evidence the segmenter uses to
 * decide whether a cut leaves a real word. Built by {@link LexiconBuilder} ({@code marsad train
 * lexicon}) from unlabeled news; the shipped copy is the resource {@value #RESOURCE}.
 *
 * <p>File format: UTF-8 (optionally gzip), lines {@code form<TAB>count}; lines starting with
 * {@code #} are comments (the first one names the version and the sources).
 */
public final class Lexicon {
    public static final String RESOURCE = "/org/marsad/text/lexicon/lexicon-v1.tsv.gz";

    /** Slot load of the table once read: denser than while building, still short probe runs (8 MB for 155k forms). */
    private static final double LOAD = 0.6;

    private final CharTable table;
    private final long totalCount;
    private final String description;

    private Lexicon(CharTable table, long totalCount, String description) {
        this.table = table;
        this.totalCount = totalCount;
        this.description = description;
    }

    /** The lexicon shipped with marsad, loaded once. */
    public static Lexicon bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final Lexicon INSTANCE = loadBundled();

        private static Lexicon loadBundled() {
            InputStream in = Lexicon.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                // A build without the trained resource still works: every cut then needs the
                // out-of-vocabulary rules, which is light stemming. Say so once.
                System.err.println("marsad: lexicon resource " + RESOURCE
                        + " is missing; run `marsad train lexicon` to build it");
                return empty();
            }
            try (in) {
                return read(new GZIPInputStream(in), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    public static Lexicon empty() {
        return new Lexicon(new CharTable(16), 0, "empty");
    }

    /** Reads {@code form<TAB>count} lines; {@code source} names the input in error messages. */
    public static Lexicon read(InputStream in, String source) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        CharTable table = new CharTable(1 << 18);
        long total = 0;
        String description = "";
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.startsWith("#")) {
                if (description.isEmpty()) {
                    description = line.substring(1).trim();
                }
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IOException(source + ":" + lineNo + ": expected form<TAB>count, got: " + line);
            }
            int count;
            try {
                count = Integer.parseInt(line, tab + 1, line.length(), 10);
            } catch (NumberFormatException e) {
                throw new IOException(source + ":" + lineNo + ": count is not a number: " + line, e);
            }
            table.put(line.substring(0, tab), count);
            total += count;
        }
        table.compact(LOAD);
        return new Lexicon(table, total, description);
    }

    /** Builds a lexicon from counts in memory (tests, training). */
    public static Lexicon of(java.util.Map<String, Integer> counts) {
        CharTable table = new CharTable(counts.size());
        long total = 0;
        for (var e : counts.entrySet()) {
            table.put(e.getKey(), e.getValue());
            total += e.getValue();
        }
        table.compact(LOAD);
        return new Lexicon(table, total, "in-memory");
    }

    public int frequency(CharSequence form) {
        int e = table.find(form, 0, form.length());
        return e < 0 ? 0 : table.value(e);
    }

    public int frequency(char[] buf, int from, int to) {
        return table.valueOf(buf, from, to, 0);
    }

    /**
     * Index of a form in {@code [0, size())}, or -1: lets a caller keep its own data per form in an
     * array (the segmenter caches its decisions this way).
     */
    public int entry(char[] buf, int from, int to) {
        return table.find(buf, from, to);
    }

    public String form(int entry) {
        return table.key(entry);
    }

    public int frequencyOf(int entry) {
        return table.value(entry);
    }

    public int size() {
        return table.size();
    }

    public long totalCount() {
        return totalCount;
    }

    public String description() {
        return description;
    }
}
