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
}
