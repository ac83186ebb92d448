package org.marsad.extract.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Second look at a run of sentences from one text: a news story names a person in full once and then
 * repeats the family name in contexts the tagger reads less well. A word the tagger put inside a name
 * of one type more often than it left it outside, within {@code window} sentences either side, is
 * tagged with that type where it was missed (I- after a name of that type, else B-; a B- of the same
 * type right after it becomes I-, since the two are one name).
 */
public final class DocumentConsistency {
    private static final int TYPES = BioTags.TYPES.size();
    /** Shorter words (particles, clitic leftovers) are never propagated. */
    static final int MIN_LENGTH = 3;

    private DocumentConsistency() {}

    /**
     * Rewrites {@code tags} (one array per sentence, in text order) in place.
     *
     * @param words the search-normalized words of each sentence
     */
    public static void apply(List<String[]> words, List<int[]> tags, int window) {
        if (window <= 0) {
            return;
        }
        int n = words.size();
        // votes[0] = times outside any name, votes[1 + t] = times inside a name of type t; per sentence
        List<Map<String, int[]>> perSentence = new java.util.ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            Map<String, int[]> m = new HashMap<>();
            String[] w = words.get(s);
            int[] t = tags.get(s);
            for (int i = 0; i < w.length; i++) {
                if (w[i].length() < MIN_LENGTH) {
                    continue;
                }
                int[] v = m.computeIfAbsent(w[i], k -> new int[1 + TYPES]);
                v[t[i] == BioTags.O ? 0 : 1 + BioTags.type(t[i])]++;
            }
            perSentence.add(m);
        }
        int[][] original = new int[n][];
        for (int s = 0; s < n; s++) {
            original[s] = tags.get(s).clone();
        }
        for (int s = 0; s < n; s++) {
            String[] w = words.get(s);
            int[] t = tags.get(s);
            for (int i = 0; i < w.length; i++) {
                if (original[s][i] != BioTags.O || w[i].length() < MIN_LENGTH) {
                    continue;
                }
                int[] total = new int[1 + TYPES];
                for (int o = Math.max(0, s - window); o <= Math.min(n - 1, s + window); o++) {
                    int[] v = perSentence.get(o).get(w[i]);
                    if (v != null) {
                        for (int k = 0; k < total.length; k++) {
                            total[k] += v[k];
                        }
                    }
                }
                int best = -1;
                for (int k = 0; k < TYPES; k++) {
                    if (total[1 + k] > 0 && (best < 0 || total[1 + k] > total[1 + best])) {
                        best = k;
                    }
                }
                if (best < 0 || total[1 + best] <= total[0]) {
                    continue;
                }
                boolean continues = i > 0 && t[i - 1] != BioTags.O && BioTags.type(t[i - 1]) == best;
                t[i] = continues ? BioTags.inside(best) : BioTags.begin(best);
                if (i + 1 < w.length && t[i + 1] == BioTags.begin(best)) {
                    t[i + 1] = BioTags.inside(best);
                }
            }
        }
    }
}
