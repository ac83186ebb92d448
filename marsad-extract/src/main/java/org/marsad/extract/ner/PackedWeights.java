package org.marsad.extract.ner;

/**
 * The weight tables of all passes of a tagger, packed for decoding: only the buckets that carry a
 * weight in some pass are kept (about one in seven of the shipped model's 2^20), each with its tag
 * weights of every pass side by side. The flat tables hold {@code 2^bits * L} floats per pass (38 MB
 * each at 20 bits) and a token's feature buckets are scattered over them, so scoring waited on
 * memory; packed, a feature that no pass weights costs one look-up in a bitmap small enough to stay
 * in cache, and a weighted one reads the weights of both passes from one place, in a table a
 * seventh of the size.
 *
 * <p>Scores are exactly those of {@link NerModel#emissions}: the same floats are summed in the same
 * order; a skipped bucket would only have added zero.
 */
final class PackedWeights {
    private static final int L = BioTags.COUNT;

    private final int passes;
    private final int stride;
    /** One bit per bucket: weighted in some pass. */
    private final long[] used;
    /** Weighted buckets before each word of {@link #used}. */
    private final int[] rank;
    /** Per weighted bucket, {@code stride} floats: pass 0's L tag weights, then pass 1's... */
    private final float[] weights;

    private PackedWeights(int passes, long[] used, int[] rank, float[] weights) {
        this.passes = passes;
        this.stride = passes * L;
        this.used = used;
        this.rank = rank;
        this.weights = weights;
    }

    /** The packed form of the passes' weight tables, each {@code buckets * L} floats. */
    static PackedWeights pack(float[]... tables) {
        int buckets = tables[0].length / L;
        long[] used = new long[(buckets + 63) >>> 6];
        int count = 0;
        for (int b = 0; b < buckets; b++) {
            boolean weighted = false;
            for (float[] w : tables) {
                for (int t = 0; t < L; t++) {
                    weighted |= w[b * L + t] != 0f;
                }
            }
            if (weighted) {
                used[b >>> 6] |= 1L << b;
                count++;
            }
        }
        int[] rank = new int[used.length];
        int r = 0;
        for (int i = 0; i < used.length; i++) {
            rank[i] = r;
            r += Long.bitCount(used[i]);
        }
        int stride = tables.length * L;
        float[] packed = new float[count * stride];
        int k = 0;
        for (int b = 0; b < buckets; b++) {
            if ((used[b >>> 6] & 1L << b) == 0) {
                continue;
            }
            for (float[] w : tables) {
                for (int t = 0; t < L; t++) {
                    packed[k++] = w[b * L + t];
                }
            }
        }
        return new PackedWeights(tables.length, used, rank, packed);
    }

    int passes() {
        return passes;
    }

    /** Buckets weighted in some pass. */
    int weighted() {
        return weights.length / stride;
    }

    /** Where a bucket's weights start in {@link #weights}, or -1 when no pass weights it. */
    private int slot(int bucket) {
        int word = bucket >>> 6;
        long bits = used[word];
        long bit = 1L << bucket;
        if ((bits & bit) == 0) {
            return -1;
        }
        return (rank[word] + Long.bitCount(bits & (bit - 1))) * stride;
    }

    /**
     * Sums, per token, the weights of its features for every pass: {@code sums[p][i * L + tag]}.
     * The arrays must hold {@code x.size() * L} floats; they are overwritten.
     *
     * @param slots scratch of at least as many ints as the token with most features has features
     */
    void score(NerFeatures.Features x, float[][] sums, int[] slots) {
        int[] features = x.ids();
        int[] offsets = x.offsets();
        int n = x.size();
        for (int i = 0; i < n; i++) {
            int m = 0;
            for (int f = offsets[i], end = offsets[i + 1]; f < end; f++) {
                int s = slot(features[f]);
                if (s >= 0) {
                    slots[m++] = s;
                }
            }
            for (int p = 0; p < passes; p++) {
                java.util.Arrays.fill(sums[p], i * L, i * L + L, 0f);
                add(slots, m, p * L, sums[p], i * L);
            }
        }
    }

    /** Adds to {@code sums[i * L + tag]} the pass's weights of token i's features, in order. */
    void add(NerFeatures.Features x, int pass, float[] sums, int[] slots) {
        int[] features = x.ids();
        int[] offsets = x.offsets();
        int n = x.size();
        for (int i = 0; i < n; i++) {
            int m = 0;
            for (int f = offsets[i], end = offsets[i + 1]; f < end; f++) {
                int s = slot(features[f]);
                if (s >= 0) {
                    slots[m++] = s;
                }
            }
            add(slots, m, pass * L, sums, i * L);
        }
    }

    private void add(int[] slots, int m, int pass, float[] sums, int e) {
        float[] h = weights;
        float s0 = sums[e], s1 = sums[e + 1], s2 = sums[e + 2], s3 = sums[e + 3], s4 = sums[e + 4];
        float s5 = sums[e + 5], s6 = sums[e + 6], s7 = sums[e + 7], s8 = sums[e + 8];
        for (int j = 0; j < m; j++) {
            int w = slots[j] + pass;
            s0 += h[w];
            s1 += h[w + 1];
            s2 += h[w + 2];
            s3 += h[w + 3];
            s4 += h[w + 4];
            s5 += h[w + 5];
            s6 += h[w + 6];
            s7 += h[w + 7];
            s8 += h[w + 8];
        }
        sums[e] = s0;
        sums[e + 1] = s1;
        sums[e + 2] = s2;
        sums[e + 3] = s3;
        sums[e + 4] = s4;
        sums[e + 5] = s5;
        sums[e + 6] = s6;
        sums[e + 7] = s7;
        sums[e + 8] = s8;
    }
}
