package org.marsad.store.dedup.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every pair of documents that {@link CoverageGold} calls copies, without MinHash: each
 * document is represented by the word 5-grams whose hash falls in a fixed 1/8 of the hash space
 * (the same 5-gram is sampled in every document that has it), pairs sharing at least 30% of the
 * smaller sample are judged exactly. A copy covering 80% of a text shares well over that share,
 * so no copy of a text of 40 words or more is missed; 5-grams found in more than 200 documents
 * (boilerplate) are not used to find pairs.
 */
public final class GoldPairs {
    private static final int MAX_POSTINGS = 200;

    /** Pair keys (lower doc number in the high half) judged COPY, and those judged AMBIGUOUS. */
    public record Result(Set<Long> copies, Set<Long> ambiguous, Set<Long> nearMisses) {}

    private GoldPairs() {}

    public static long key(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo << 32) | hi;
    }

    public static Result find(List<long[]> words) {
        int n = words.size();
        List<long[]> samples = new ArrayList<>(n);
        Map<Long, List<Integer>> postings = new HashMap<>();
        for (int d = 0; d < n; d++) {
            long[] w = words.get(d);
            Set<Long> s = new HashSet<>();
            for (int i = 0; i + CoverageGold.N <= w.length; i++) {
                long g = CoverageGold.gram(w, i);
                if ((org.marsad.store.dedup.WordHashes.spread(g) & 7) == 0) {
                    s.add(g);
                }
            }
            long[] arr = s.stream().mapToLong(Long::longValue).toArray();
            samples.add(arr);
            for (long g : arr) {
                postings.computeIfAbsent(g, k -> new ArrayList<>(2)).add(d);
            }
        }
        Set<Long> copies = new HashSet<>();
        Set<Long> ambiguous = new HashSet<>();
        Set<Long> nearMisses = new HashSet<>();
        int[] shared = new int[n];
        List<Integer> touched = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            for (long g : samples.get(d)) {
                List<Integer> p = postings.get(g);
                if (p.size() > MAX_POSTINGS) {
                    continue;
                }
                for (int other : p) {
                    if (other > d) {
                        if (shared[other]++ == 0) {
                            touched.add(other);
                        }
                    }
                }
            }
            for (int other : touched) {
                int smaller = Math.min(samples.get(d).length, samples.get(other).length);
                if (shared[other] >= 0.3 * smaller) {
                    switch (CoverageGold.judge(words.get(d), words.get(other))) {
                        case COPY -> copies.add(key(d, other));
                        case AMBIGUOUS -> ambiguous.add(key(d, other));
                        case DIFFERENT -> nearMisses.add(key(d, other));
                        default -> throw new IllegalStateException();
                    }
                }
                shared[other] = 0;
            }
            touched.clear();
        }
        // identical word sequences are copies at any length, even too short to have a sampled 5-gram
        Map<List<Long>, Integer> firstWithText = new HashMap<>();
        Map<Integer, List<Integer>> sameText = new HashMap<>();
        for (int d = 0; d < n; d++) {
            if (words.get(d).length == 0) {
                continue;
            }
            List<Long> key = java.util.Arrays.stream(words.get(d)).boxed().toList();
            Integer first = firstWithText.putIfAbsent(key, d);
            if (first != null) {
                for (int other : sameText.computeIfAbsent(first, k -> new ArrayList<>(List.of(k)))) {
                    copies.add(key(other, d));
                }
                sameText.get(first).add(d);
            }
        }
        return new Result(copies, ambiguous, nearMisses);
    }
}
