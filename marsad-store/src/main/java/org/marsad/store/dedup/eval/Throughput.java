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
    public record Pass(String method, int articles, int duplicates, double seconds, double cpuSeconds) {
        public double perSecond() {
            return articles / seconds;
        }

        /** Articles per CPU-second of the measuring thread: steadier than wall time on a shared machine. */
        public double perCpuSecond() {
            return articles / cpuSeconds;
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static double cpuNow() {
        return THREADS.getCurrentThreadCpuTime() / 1e9;
    }

    private Throughput() {}

    public static Pass exact(List<String> bodies) {
        double c0 = cpuNow();
        long t0 = System.nanoTime();
        Map<Key, Integer> seen = new HashMap<>();
        int dups = 0;
        for (int i = 0; i < bodies.size(); i++) {
            if (seen.putIfAbsent(new Key(WordHashes.of(bodies.get(i))), i) != null) {
                dups++;
            }
        }
        return new Pass("exact hash", bodies.size(), dups, (System.nanoTime() - t0) / 1e9, cpuNow() - c0);
    }

    public static Pass nearDuplicates(List<String> bodies, DedupConfig config) {
        double c0 = cpuNow();
        long t0 = System.nanoTime();
        NearDuplicateIndex index = new NearDuplicateIndex(config);
        int dups = 0;
        for (int i = 0; i < bodies.size(); i++) {
            if (index.add(Integer.toString(i), bodies.get(i)).isDuplicate()) {
                dups++;
            }
        }
        return new Pass("MinHash+LSH", bodies.size(), dups, (System.nanoTime() - t0) / 1e9, cpuNow() - c0);
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
