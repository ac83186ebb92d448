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
        return signature(shingles, shingles.length);
    }

    /** The signature of the distinct shingle hashes {@code shingles[0, count)}. */
    MinHashSignature signature(long[] shingles, int count) {
        int n = a.length;
        int[] min = new int[n];
        // one hash function at a time over all shingles: the running minimum stays in a register and
        // the inner loop is a plain multiply-add-shift-min the JIT vectorizes (3x faster than shingle-major)
        for (int i = 0; i < n; i++) {
            long ai = a[i];
            long bi = b[i];
            long m = Integer.MAX_VALUE;
            for (int j = 0; j < count; j++) {
                // top bits of a multiply-add are well mixed; 31 bits, so the int value keeps the order
                m = Math.min(m, (ai * shingles[j] + bi) >>> 33);
            }
            min[i] = (int) m;
        }
        return new MinHashSignature(min, count, top32(shingles, count));
    }

    /**
     * The top 32 bits of sorted distinct shingle hashes, still ascending (a signed order of longs keeps
     * the order of their high halves), repeats removed: a quarter of the memory of the full hashes,
     * with a collision chance of about one in four billion per pair of shingles.
     */
    static int[] top32(long[] sorted, int count) {
        for (int i = 1; i < count; i++) {
            if (sorted[i] < sorted[i - 1]) { // a caller's own shingles, not from WordShingler
                sorted = java.util.Arrays.copyOf(sorted, count);
                java.util.Arrays.sort(sorted);
                break;
            }
        }
        int[] out = new int[count];
        int m = 0;
        for (int i = 0; i < count; i++) {
            int v = (int) (sorted[i] >> 32);
            if (m == 0 || out[m - 1] != v) {
                out[m++] = v;
            }
        }
        return m == out.length ? out : java.util.Arrays.copyOf(out, m);
    }
}
