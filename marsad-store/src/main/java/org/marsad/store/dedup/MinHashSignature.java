package org.marsad.store.dedup;

/**
 * A MinHash signature of a shingle set, with the set size kept so that containment (how much of
 * the smaller text appears in the larger) can be estimated as well as Jaccard similarity.
 *
 * <p>A signature just computed from a text also carries its shingles ({@code shingles}: the top 32
 * bits of each shingle hash, ascending), so that the near-duplicate index can check a candidate pair
 * exactly instead of trusting the estimate; they are not stored ({@link #toBytes()}), so a signature
 * read back from an archive has none and falls back to the estimate.
 */
public record MinHashSignature(int[] values, int shingleCount, int[] shingles) {

    /** A signature without its shingles (as read back from storage). */
    public MinHashSignature(int[] values, int shingleCount) {
        this(values, shingleCount, null);
    }

    /** Whether the exact shingles are at hand ({@link #exactContainment}). */
    public boolean hasShingles() {
        return shingles != null;
    }

    /**
     * Exact share of the smaller shingle set found in the larger one, from the carried shingles, or
     * the estimate of {@link #containment} when either signature carries none.
     */
    public double exactContainment(MinHashSignature other) {
        return exactContainment(other, 0);
    }

    /**
     * As {@link #exactContainment(MinHashSignature)} when the result is at least {@code atLeast};
     * otherwise some value below {@code atLeast} (the count stops as soon as the shingles left
     * cannot lift it there, which is most pairs LSH proposes).
     */
    public double exactContainment(MinHashSignature other, double atLeast) {
        if (shingles == null || other.shingles == null) {
            return containment(other);
        }
        int[] a = shingles;
        int[] b = other.shingles;
        int small = Math.min(a.length, b.length);
        if (small == 0) {
            return a.length == b.length ? 1 : 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        // common + what is left of the shorter remainder bounds the final count
        long needed = (long) Math.ceil(atLeast * small - 1e-9);
        while (i < a.length && j < b.length) {
            if (common + Math.min(a.length - i, b.length - j) < needed) {
                return common / (double) small;
            }
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common / (double) small;
    }

    /** Estimated Jaccard similarity: the share of positions where both minima agree. */
    public double jaccard(MinHashSignature other) {
        if (other.values.length != values.length) {
            throw new IllegalArgumentException("signatures of different lengths: " + values.length + " vs "
                    + other.values.length);
        }
        if (shingleCount == 0 || other.shingleCount == 0) {
            return shingleCount == other.shingleCount ? 1 : 0;
        }
        int same = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == other.values[i]) {
                same++;
            }
        }
        return same / (double) values.length;
    }

    /**
     * Estimated share of the smaller set found in the larger one, from Jaccard and both sizes:
     * |A∩B| = J(|A|+|B|)/(1+J). A copy with paragraphs deleted keeps a containment near 1.
     */
    public double containment(MinHashSignature other) {
        double j = jaccard(other);
        int small = Math.min(shingleCount, other.shingleCount);
        if (small == 0) {
            return j;
        }
        double inter = j * (shingleCount + other.shingleCount) / (1 + j);
        return Math.min(1.0, inter / small);
    }

    /** Ratio of the smaller to the larger shingle set (1 for equal sizes). */
    public double sizeRatio(MinHashSignature other) {
        int big = Math.max(shingleCount, other.shingleCount);
        return big == 0 ? 1 : Math.min(shingleCount, other.shingleCount) / (double) big;
    }

    /** The signature as bytes (count, then values; big-endian), to store beside an article. */
    public byte[] toBytes() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 * (values.length + 1));
        b.putInt(shingleCount);
        for (int v : values) {
            b.putInt(v);
        }
        return b.array();
    }

    public static MinHashSignature fromBytes(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 4 != 0) {
            throw new IllegalArgumentException("not a stored MinHash signature: " + bytes.length + " bytes");
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
        int count = b.getInt();
        int[] values = new int[bytes.length / 4 - 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = b.getInt();
        }
        return new MinHashSignature(values, count);
    }
}
