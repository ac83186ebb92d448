package org.marsad.store.dedup.eval;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The gold judgement of whether two texts are copies, computed exactly and independently of
 * MinHash: the share of the shorter text's words that lie inside a word 5-gram also found in the
 * longer text (so a changed word, an added byline or a deleted paragraph only uncovers the words
 * it touches), plus the length ratio of the two texts.
 *
 * <p>COPY: coverage >= 0.8 and length ratio >= 0.4. DIFFERENT: coverage < 0.5 or ratio < 0.3.
 * Anything between is AMBIGUOUS and left out of precision and recall (and counted).
 */
public final class CoverageGold {
    public static final int N = 5;

    public enum Verdict { COPY, DIFFERENT, AMBIGUOUS }

    private CoverageGold() {}

    /** Search-normalized word hashes of a text, in order (the same words the shingler sees). */
    public static long[] words(String text) {
        return org.marsad.store.dedup.WordHashes.of(text);
    }

    public static Verdict judge(long[] a, long[] b) {
        long[] shorter = a.length <= b.length ? a : b;
        long[] longer = a.length <= b.length ? b : a;
        if (shorter.length == 0) {
            // an empty body (a cartoon, a photo) copies nothing: there is no text to compare
            return Verdict.DIFFERENT;
        }
        double ratio = shorter.length / (double) longer.length;
        double coverage = coverage(shorter, longer);
        if (coverage >= 0.8 && ratio >= 0.4) {
            return Verdict.COPY;
        }
        if (coverage < 0.5 || ratio < 0.3) {
            return Verdict.DIFFERENT;
        }
        return Verdict.AMBIGUOUS;
    }

    /** Share of {@code shorter}'s words covered by an n-gram that also occurs in {@code longer}. */
    public static double coverage(long[] shorter, long[] longer) {
        if (shorter.length < N || longer.length < N) {
            return Arrays.equals(shorter, longer) ? 1.0 : 0.0;
        }
        Set<Long> grams = new HashSet<>();
        for (int i = 0; i + N <= longer.length; i++) {
            grams.add(gram(longer, i));
        }
        boolean[] covered = new boolean[shorter.length];
        for (int i = 0; i + N <= shorter.length; i++) {
            if (grams.contains(gram(shorter, i))) {
                Arrays.fill(covered, i, i + N, true);
            }
        }
        int c = 0;
        for (boolean x : covered) {
            if (x) {
                c++;
            }
        }
        return c / (double) shorter.length;
    }

    static long gram(long[] w, int i) {
        long h = 0;
        for (int j = i; j < i + N; j++) {
            h = h * 0x100000001B3L + w[j];
            h ^= h >>> 29;
        }
        return h;
    }
}
