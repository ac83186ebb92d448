package org.marsad.store.dedup;

/**
 * A MinHash signature of a shingle set, with the set size kept so that containment (how much of
 * the smaller text appears in the larger) can be estimated as well as Jaccard similarity.
 */
public record MinHashSignature(int[] values, int shingleCount) {

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
