package org.marsad.text.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.text.lexicon.Lexicon;
import org.marsad.text.normalize.ArabicNormalizer;

/**
 * Builds the conflation test: every surface form BAMA can generate for a lemma (prefix + stem +
 * suffix with pairwise compatible categories), transliterated to Arabic and search-normalized, kept
 * only if the news lexicon attests it (the shipped lexicon holds forms seen at least 3 times), so the
 * test weighs real news words and not the millions of possible but unused combinations.
 *
 * <p>Rather than generating all combinations (tens of millions) and looking each up, it runs the
 * generation backwards: each lexicon form is split in every way into a normalized prefix, stem and
 * suffix that BAMA knows, and the compatible splits give the form's lemmas. Because search
 * normalization maps char by char, normalize(prefix + stem + suffix) is the concatenation of the
 * normalized parts, so both ways yield the same set; every hit is still checked against the
 * normalizer on the whole word, and a mismatch is an error rather than a silently different test.
 */
public final class ConflationSetBuilder {
    private final BamaTables bama;
    private final ArabicNormalizer normalizer;
    private final Map<String, List<BamaTables.Affix>> prefixes = new HashMap<>();
    private final Map<String, List<BamaTables.Affix>> suffixes = new HashMap<>();
    private final Map<String, List<BamaTables.Stem>> stems = new HashMap<>();
    private int longestPrefix;
    private int longestSuffix;

    public ConflationSetBuilder(BamaTables bama, ArabicNormalizer normalizer) {
        this.bama = bama;
        this.normalizer = normalizer;
        for (BamaTables.Affix p : bama.prefixes()) {
            String key = normalized(p.form());
            prefixes.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            longestPrefix = Math.max(longestPrefix, key.length());
        }
        for (BamaTables.Affix s : bama.suffixes()) {
            String key = normalized(s.form());
            suffixes.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            longestSuffix = Math.max(longestSuffix, key.length());
        }
        for (BamaTables.Stem s : bama.stems()) {
            stems.computeIfAbsent(normalized(s.form()), k -> new ArrayList<>()).add(s);
        }
    }

    private String normalized(String buckwalter) {
        return normalizer.normalize(Buckwalter.toArabic(buckwalter));
    }

    /**
     * All lexicon forms BAMA can analyze, with their BAMA lemmas (the strict view); lemmas are put in
     * halves by their {@link NisbaGroups} group, so {@link #grouped} views split the same way.
     */
    public ConflationSet build(Lexicon lexicon) {
        List<String> forms = new ArrayList<>();
        List<int[]> lemmaSets = new ArrayList<>();
        Set<Integer> lemmas = new LinkedHashSet<>();
        for (int e = 0; e < lexicon.size(); e++) {
            String word = lexicon.form(e);
            lemmas.clear();
            analyze(word, lemmas);
            if (!lemmas.isEmpty()) {
                forms.add(word);
                lemmaSets.add(lemmas.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        // split by group, so strict and grouped views of one half hold the same words
        return new ConflationSet(forms, lemmaSets.toArray(new int[0][]), bama.lemmas(),
                new NisbaGroups(bama.lemmas()).lemmaSplitKeys());
    }

    /** The same forms with lemmas joined as {@link NisbaGroups} says (the default view of the eval). */
    public static ConflationSet grouped(ConflationSet strict, List<String> lemmaIds) {
        NisbaGroups g = new NisbaGroups(lemmaIds);
        return strict.grouped(g.groupOf(), g.groupIds(), g.groupSplitKeys());
    }

    /** Adds the lemmas of every compatible prefix+stem+suffix split of {@code word} to {@code out}. */
    void analyze(String word, Set<Integer> out) {
        int n = word.length();
        for (int p = 0; p <= Math.min(longestPrefix, n - 1); p++) {
            List<BamaTables.Affix> pre = prefixes.get(word.substring(0, p));
            if (pre == null) {
                continue;
            }
            for (int s = 0; s <= Math.min(longestSuffix, n - p - 1); s++) {
                List<BamaTables.Affix> suf = suffixes.get(word.substring(n - s));
                if (suf == null) {
                    continue;
                }
                List<BamaTables.Stem> st = stems.get(word.substring(p, n - s));
                if (st == null) {
                    continue;
                }
                for (BamaTables.Stem stem : st) {
                    if (out.contains(stem.lemma())) {
                        continue;
                    }
                    for (BamaTables.Affix a : pre) {
                        if (compatibleWithSomeSuffix(a, stem, suf, word)) {
                            out.add(stem.lemma());
                            break;
                        }
                    }
                }
            }
        }
    }

    private boolean compatibleWithSomeSuffix(BamaTables.Affix prefix, BamaTables.Stem stem,
            List<BamaTables.Affix> suffixList, String word) {
        for (BamaTables.Affix x : suffixList) {
            if (bama.compatible(prefix.category(), stem.category(), x.category())) {
                String whole = normalized(prefix.form() + stem.form() + x.form());
                if (!whole.equals(word)) {
                    throw new IllegalStateException("search normalization is not char by char: "
                            + prefix.form() + "+" + stem.form() + "+" + x.form() + " gives " + whole + ", not " + word);
                }
                return true;
            }
        }
        return false;
    }
}
