package org.marsad.extract.ner;

/**
 * First-order Viterbi decoding over the {@link BioTags} with the BIO constraint built in: a path
 * through a forbidden transition (I-X not after B-X or I-X) is never chosen, so every output is a
 * well-formed tag sequence.
 */
public final class Viterbi {
    private static final int L = BioTags.COUNT;
    private static final float FORBIDDEN = Float.NEGATIVE_INFINITY;
    /** ALLOWED[(prev + 1) * L + tag], prev = -1 for the sentence start. */
    private static final boolean[] ALLOWED = new boolean[(L + 1) * L];

    static {
        for (int prev = -1; prev < L; prev++) {
            for (int tag = 0; tag < L; tag++) {
                ALLOWED[(prev + 1) * L + tag] = BioTags.allowed(prev, tag);
            }
        }
    }

    private Viterbi() {}

    /**
     * The best tag sequence.
     *
     * @param emissions   {@code n * L} scores, {@code emissions[i * L + tag]}
     * @param transitions {@code (L + 1) * L} scores, {@code transitions[(prev + 1) * L + tag]}, prev -1 = start
     * @param n           sentence length
     * @param out         receives the tags, length >= n
     */
    public static void decode(float[] emissions, float[] transitions, int n, int[] out) {
        if (n == 0) {
            return;
        }
        float[] score = new float[n * L];
        int[] back = new int[n * L];
        for (int tag = 0; tag < L; tag++) {
            score[tag] = ALLOWED[tag] ? transitions[tag] + emissions[tag] : FORBIDDEN;
        }
        for (int i = 1; i < n; i++) {
            int row = i * L;
            int prevRow = row - L;
            for (int tag = 0; tag < L; tag++) {
                float best = FORBIDDEN;
                int arg = 0;
                for (int prev = 0; prev < L; prev++) {
                    int k = (prev + 1) * L + tag;
                    if (!ALLOWED[k]) {
                        continue;
                    }
                    float s = score[prevRow + prev] + transitions[k];
                    if (s > best) {
                        best = s;
                        arg = prev;
                    }
                }
                score[row + tag] = best + emissions[row + tag];
                back[row + tag] = arg;
            }
        }
        int last = (n - 1) * L;
        int arg = 0;
        for (int tag = 1; tag < L; tag++) {
            if (score[last + tag] > score[last + arg]) {
                arg = tag;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = arg;
            arg = back[i * L + arg];
        }
    }
}
