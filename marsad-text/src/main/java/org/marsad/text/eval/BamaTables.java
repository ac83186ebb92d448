package org.marsad.text.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The six tables of BAMA 1.0 (Buckwalter Arabic Morphological Analyzer), read from their folder:
 * prefixes, stems grouped by lemma, suffixes, and the prefix-stem (AB), prefix-suffix (AC) and
 * stem-suffix (BC) category compatibility tables. Forms are kept in Buckwalter transliteration.
 *
 * <p>Format (see the folder's README): ISO-8859-1 text, CRLF lines, {@code ;} comments; dictionary
 * lines are TAB-separated {@code unvocalized, vocalized, category, gloss}; in {@code dictstems} a
 * {@code ;; lemmaID} line opens the block of stems of one lemma; table lines are two
 * space-separated category names.
 */
public final class BamaTables {
    /** A prefix or suffix (possibly empty) with its morphological category. */
    public record Affix(String form, String category) {}

    /** A stem spelling of one lemma (index into {@link #lemmas()}) with its category. */
    public record Stem(String form, String category, int lemma) {}

    private final List<Affix> prefixes;
    private final List<Affix> suffixes;
    private final List<Stem> stems;
    private final List<String> lemmas;
    private final Set<String> prefixStem;
    private final Set<String> prefixSuffix;
    private final Set<String> stemSuffix;

    private BamaTables(List<Affix> prefixes, List<Affix> suffixes, List<Stem> stems, List<String> lemmas,
            Set<String> prefixStem, Set<String> prefixSuffix, Set<String> stemSuffix) {
        this.prefixes = prefixes;
        this.suffixes = suffixes;
        this.stems = stems;
        this.lemmas = lemmas;
        this.prefixStem = prefixStem;
        this.prefixSuffix = prefixSuffix;
        this.stemSuffix = stemSuffix;
    }

    /** Reads the tables from {@code dir} (e.g. {@code ../shared/data/buckwalter-bama}). */
    public static BamaTables read(Path dir) throws IOException {
        List<String> lemmas = new ArrayList<>();
        List<Stem> stems = readStems(dir.resolve("dictstems"), lemmas);
        return new BamaTables(readAffixes(dir.resolve("dictprefixes")), readAffixes(dir.resolve("dictsuffixes")),
                stems, List.copyOf(lemmas), readPairs(dir.resolve("tableab")), readPairs(dir.resolve("tableac")),
                readPairs(dir.resolve("tablebc")));
    }

    public List<Affix> prefixes() {
        return prefixes;
    }

    public List<Affix> suffixes() {
        return suffixes;
    }

    public List<Stem> stems() {
        return stems;
    }

    /** Lemma IDs in file order, e.g. {@code >abojadiy~_1}. */
    public List<String> lemmas() {
        return lemmas;
    }

    /** True if prefix, stem and suffix categories are pairwise compatible (tables AB, AC, BC). */
    public boolean compatible(String prefixCategory, String stemCategory, String suffixCategory) {
        return prefixStem.contains(prefixCategory + ' ' + stemCategory)
                && prefixSuffix.contains(prefixCategory + ' ' + suffixCategory)
                && stemSuffix.contains(stemCategory + ' ' + suffixCategory);
    }

    private static List<Affix> readAffixes(Path file) throws IOException {
        List<Affix> out = new ArrayList<>();
        forEachLine(file, (line, no) -> {
            if (line.startsWith(";")) {
                return;
            }
            String[] f = fields(file, line, no);
            out.add(new Affix(checkedForm(file, no, f[0]), f[2]));
        });
        return List.copyOf(out);
    }

    private static List<Stem> readStems(Path file, List<String> lemmas) throws IOException {
        List<Stem> out = new ArrayList<>();
        forEachLine(file, (line, no) -> {
            if (line.startsWith(";; ")) {
                lemmas.add(line.substring(3).trim());
                return;
            }
            if (line.startsWith(";")) {
                return;
            }
            if (lemmas.isEmpty()) {
                throw new IOException(file + ":" + no + ": stem before the first ';; lemmaID' line");
            }
            String[] f = fields(file, line, no);
            if (f[0].isEmpty()) {
                throw new IOException(file + ":" + no + ": empty stem");
            }
            out.add(new Stem(checkedForm(file, no, f[0]), f[2], lemmas.size() - 1));
        });
        return List.copyOf(out);
    }

    private static Set<String> readPairs(Path file) throws IOException {
        Set<String> out = new HashSet<>();
        forEachLine(file, (line, no) -> {
            if (line.startsWith(";")) {
                return;
            }
            String[] f = line.trim().split("\\s+");
            if (f.length != 2) {
                throw new IOException(file + ":" + no + ": expected two category names, got: " + line);
            }
            out.add(f[0] + ' ' + f[1]);
        });
        return out;
    }

    /** The form, if it is valid Buckwalter, so a bad char is reported with its file and line. */
    private static String checkedForm(Path file, int no, String form) throws IOException {
        try {
            Buckwalter.toArabic(form);
            return form;
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ":" + no + ": " + e.getMessage(), e);
        }
    }

    private static String[] fields(Path file, String line, int no) throws IOException {
        String[] f = line.split("\t", -1);
        if (f.length < 3 || f[2].isEmpty()) {
            throw new IOException(file + ":" + no + ": expected unvocalized<TAB>vocalized<TAB>category<TAB>gloss, got: " + line);
        }
        return f;
    }

    private interface LineHandler {
        void accept(String line, int number) throws IOException;
    }

    private static void forEachLine(Path file, LineHandler handler) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("missing BAMA table " + file);
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (!line.isBlank()) {
                    handler.accept(line.stripTrailing(), no);
                }
            }
        }
    }
}
