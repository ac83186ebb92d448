package org.marsad.extract.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the first pass of a stacked tagger said about each word elsewhere in its text: for every
 * token, how often the same word (clitics but the article removed, so «والعراق» counts with
 * «العراق») was tagged outside any name and inside a name of each type, within {@code window}
 * sentences either side, the token itself left out. A news story names «الترسانة» after «نادي» once
 * and bare elsewhere; the second pass learns how far to trust such votes, where
 * {@link DocumentConsistency} applies one fixed rule.
 *
 * <p>The counts are kept over a sliding window, so each token costs one map lookup.
 */
final class RunVotes {
    private static final int TYPES = BioTags.TYPES.size();

    private RunVotes() {}

    /**
     * Per sentence, per token, the counts {@code [outside, PERS, LOC, ORG, MISC]} of its word in the
     * window without the token's own tag; null for words too short to carry a name.
     *
     * @param words the core word (see {@link NerFeatures.Analyzed#core}) of every token, per sentence
     * @param tags  the first pass's tags, per sentence
     */
    static int[][][] count(List<String[]> words, List<int[]> tags, int window) {
        int n = words.size();
        Map<String, int[]> live = new HashMap<>();
        int[][][] out = new int[n][][];
        int added = 0;
        int removed = 0;
        for (int s = 0; s < n; s++) {
            while (added < n && added <= s + window) {
                change(live, words.get(added), tags.get(added), 1);
                added++;
            }
            while (removed < s - window) {
                change(live, words.get(removed), tags.get(removed), -1);
                removed++;
            }
            String[] w = words.get(s);
            int[] t = tags.get(s);
            int[][] row = new int[w.length][];
            for (int i = 0; i < w.length; i++) {
                if (w[i].length() < DocumentConsistency.MIN_LENGTH) {
                    continue;
                }
                int[] v = live.get(w[i]).clone();
                v[slot(t[i])]--;
                row[i] = v;
            }
            out[s] = row;
        }
        return out;
    }

    private static void change(Map<String, int[]> live, String[] w, int[] t, int delta) {
        for (int i = 0; i < w.length; i++) {
            if (w[i].length() < DocumentConsistency.MIN_LENGTH) {
                continue;
            }
            int[] v = live.computeIfAbsent(w[i], k -> new int[1 + TYPES]);
            v[slot(t[i])] += delta;
            if (delta < 0 && isZero(v)) {
                live.remove(w[i]);
            }
        }
    }

    private static int slot(int tag) {
        return tag == BioTags.O ? 0 : 1 + BioTags.type(tag);
    }

    private static boolean isZero(int[] v) {
        for (int x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
