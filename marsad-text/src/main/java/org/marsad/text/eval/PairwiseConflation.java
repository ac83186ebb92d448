package org.marsad.text.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores a stemmer on a {@link ConflationSet} by counting pairs (see {@link ConflationScore}) without
 * listing all n²/2 of them: related pairs are found inside each lemma's form list, conflated pairs
 * inside each stem's form list.
 */
public final class PairwiseConflation {
    private PairwiseConflation() {}

    /** Stems every form with {@code stemmer} and scores the result. */
    public static ConflationScore score(ConflationSet set, Function<String, String> stemmer) {
        String[] stems = new String[set.size()];
        for (int i = 0; i < stems.length; i++) {
            stems[i] = stemmer.apply(set.form(i));
        }
        return score(set, stems);
    }

    /** Scores precomputed stems, one per form of {@code set}. */
    public static ConflationScore score(ConflationSet set, String[] stems) {
        if (stems.length != set.size()) {
            throw new IllegalArgumentException(stems.length + " stems for " + set.size() + " forms");
        }
        long related = set.relatedPairs();
        long conflated = 0;
        long correct = 0;
        Map<String, List<Integer>> byStem = groupByStem(stems);
        for (List<Integer> group : byStem.values()) {
            int n = group.size();
            conflated += (long) n * (n - 1) / 2;
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    if (set.sameLemma(group.get(a), group.get(b))) {
                        correct++;
                    }
                }
            }
        }
        return new ConflationScore(set.size(), related, conflated, correct, byStem.size());
    }

    static Map<String, List<Integer>> groupByStem(String[] stems) {
        Map<String, List<Integer>> byStem = new HashMap<>();
        for (int i = 0; i < stems.length; i++) {
            byStem.computeIfAbsent(stems[i], k -> new ArrayList<>()).add(i);
        }
        return byStem;
    }

    /** Pairs sharing a lemma, each counted once: at its smallest common lemma. */
    static long relatedPairs(ConflationSet set) {
        List<List<Integer>> formsOfLemma = new ArrayList<>();
        for (int l = 0; l < set.lemmaCount(); l++) {
            formsOfLemma.add(null);
        }
        for (int i = 0; i < set.size(); i++) {
            for (int l : set.lemmas(i)) {
                List<Integer> list = formsOfLemma.get(l);
                if (list == null) {
                    list = new ArrayList<>();
                    formsOfLemma.set(l, list);
                }
                list.add(i);
            }
        }
        long related = 0;
        for (int l = 0; l < formsOfLemma.size(); l++) {
            List<Integer> list = formsOfLemma.get(l);
            if (list == null) {
                continue;
            }
            for (int a = 0; a < list.size(); a++) {
                int[] la = set.lemmas(list.get(a));
                for (int b = a + 1; b < list.size(); b++) {
                    if (ConflationSet.firstCommon(la, set.lemmas(list.get(b))) == l) {
                        related++;
                    }
                }
            }
        }
        return related;
    }
}
