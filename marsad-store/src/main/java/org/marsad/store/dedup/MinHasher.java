package org.marsad.store.dedup;

import java.util.SplittableRandom;

/**
 * Computes MinHash signatures: for each of n hash functions h_i(x) = a_i·x + b_i (mod 2^64, a_i odd),
 * the minimum over the shingle hashes of its top 32 bits. The functions are drawn from a fixed seed,
 * so signatures are comparable across runs and stored archives.
 */
public final class MinHasher {
    private final long[] a;
    private final long[] b;

    public MinHasher(int numHashes, long seed) {
        if (numHashes < 1) {
            throw new IllegalArgumentException("need at least one hash function, got " + numHashes);
        }
        SplittableRandom r = new SplittableRandom(seed);
        a = new long[numHashes];
        b = new long[numHashes];
        for (int i = 0; i < numHashes; i++) {
            a[i] = r.nextLong() | 1L;
            b[i] = r.nextLong();
        }
    }

    public int numHashes() {
        return a.length;
    }

    public MinHashSignature signature(long[] shingles) {
        int n = a.length;
        int[] min = new int[n];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        for (long x : shingles) {
            for (int i = 0; i < n; i++) {
                // top bits of a multiply-add are well mixed; compare as signed ints after the shift
                int h = (int) ((a[i] * x + b[i]) >>> 33);
                if (h < min[i]) {
                    min[i] = h;
                }
            }
        }
        return new MinHashSignature(min, shingles.length);
    }
}
