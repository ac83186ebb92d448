package org.marsad.store.dedup.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.store.dedup.DedupConfig;
import org.marsad.store.dedup.NearDuplicateIndex;
import org.marsad.store.dedup.WordHashes;

/**
 * Articles per second of online near-duplicate linking against exact hashing of the normalized
 * words, one thread, texts already in memory; both tokenize and normalize every article.
 */
public final class Throughput {
    /** One timed pass. */
    public record Pass(String method, int articles, int duplicates, double seconds) {
        public double perSecond() {
            return articles / seconds;
        }
    }

    private Throughput() {}

    public static Pass exact(List<String> bodies) {
        long t0 = System.nanoTime();
        Map<Key, Integer> seen = new HashMap<>();
        int dups = 0;
        for (int i = 0; i < bodies.size(); i++) {
            if (seen.putIfAbsent(new Key(WordHashes.of(bodies.get(i))), i) != null) {
                dups++;
            }
        }
        return new Pass("exact hash", bodies.size(), dups, (System.nanoTime() - t0) / 1e9);
    }

    public static Pass nearDuplicates(List<String> bodies, DedupConfig config) {
        long t0 = System.nanoTime();
        NearDuplicateIndex index = new NearDuplicateIndex(config);
        int dups = 0;
        for (int i = 0; i < bodies.size(); i++) {
            if (index.add(Integer.toString(i), bodies.get(i)).isDuplicate()) {
                dups++;
            }
        }
        return new Pass("MinHash+LSH", bodies.size(), dups, (System.nanoTime() - t0) / 1e9);
    }

    /** The word-hash sequence as a map key (exact equality, with a cached hash). */
    private record Key(long[] words, int hash) {
        Key(long[] words) {
            this(words, java.util.Arrays.hashCode(words));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && java.util.Arrays.equals(k.words, words);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
