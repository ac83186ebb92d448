package org.marsad.extract.ner;

/**
 * The learned parameters of the tagger: one weight per (feature bucket, tag), one per tag transition
 * (from the sentence start or a previous tag), and what the features read: the word classes and the
 * {@link NerLexicon}.
 * Immutable once built; share it between threads.
 */
public final class NerModel {
    private static final int L = BioTags.COUNT;

    private final int bits;
    private final float[] weights;
    private final float[] transitions;
    private final NerLexicon lexicon;
    private final WordClusters clusters;
    private final float entityBias;
    /** The second pass of a stacked tagger, reading this pass's tags over the text; null for one pass. */
    private final NerModel stacked;
    /** Sentences either side whose first-pass tags the second pass reads. */
    private final int stackWindow;
    /** {@link #packed()}, made on first use (racy but harmless: any thread may make it, all equal). */
    private PackedWeights packed;

    /**
     * @param weights     {@code (1 << bits) * L} floats, {@code weights[bucket * L + tag]}
     * @param transitions {@code (L + 1) * L} floats, see {@link Viterbi#decode}
     */
    public NerModel(int bits, float[] weights, float[] transitions, NerLexicon lexicon, WordClusters clusters) {
        this(bits, weights, transitions, lexicon, clusters, 0f);
    }

    /**
     * @param entityBias added to the score of every B-/I- tag when decoding: the perceptron finds
     *                   fewer names than there are (precision well above recall), and this one
     *                   number, chosen on a dev set, trades some precision back for recall
     */
    public NerModel(int bits, float[] weights, float[] transitions, NerLexicon lexicon, WordClusters clusters,
                    float entityBias) {
        this(bits, weights, transitions, lexicon, clusters, entityBias, null, 0);
    }

    /**
     * @param stacked     the second pass ({@link NerFeatures#stacked}), or null for a one-pass tagger
     * @param stackWindow sentences either side whose first-pass tags the second pass reads
     */
    public NerModel(int bits, float[] weights, float[] transitions, NerLexicon lexicon, WordClusters clusters,
                    float entityBias, NerModel stacked, int stackWindow) {
        if (weights.length != (1 << bits) * L || transitions.length != (L + 1) * L) {
            throw new IllegalArgumentException("weight arrays do not match " + bits + " hash bits");
        }
        this.bits = bits;
        this.weights = weights;
        this.transitions = transitions;
        this.lexicon = lexicon;
        this.clusters = clusters;
        this.entityBias = entityBias;
        this.stacked = stacked;
        this.stackWindow = stackWindow;
    }

    /** The second pass, or null for a one-pass tagger. */
    public NerModel stacked() {
        return stacked;
    }

    public int stackWindow() {
        return stackWindow;
    }

    /** This model as the first pass of a stacked tagger whose second pass is {@code second}. */
    public NerModel withStack(NerModel second, int window) {
        return new NerModel(bits, weights, transitions, lexicon, clusters, entityBias, second, window);
    }

    public float entityBias() {
        return entityBias;
    }

    /**
     * The same model decoding with another entity bias; of a stacked tagger, only the second pass
     * takes it (the first pass must tag as it did when the second pass was trained on its output).
     */
    public NerModel withEntityBias(float bias) {
        if (stacked != null) {
            return new NerModel(bits, weights, transitions, lexicon, clusters, entityBias,
                    stacked.withEntityBias(bias), stackWindow);
        }
        return new NerModel(bits, weights, transitions, lexicon, clusters, bias);
    }

    /** The bias the tagger's output is decoded with (that of the last pass). */
    public float outputBias() {
        return stacked != null ? stacked.entityBias() : entityBias;
    }

    public NerLexicon lexicon() {
        return lexicon;
    }

    public int bits() {
        return bits;
    }

    public Gazetteer gazetteer() {
        return lexicon.gazetteer();
    }

    public WordClusters clusters() {
        return clusters;
    }

    float[] weights() {
        return weights;
    }

    /** The weights of this pass and of the stacked one packed for decoding ({@link PackedWeights}). */
    PackedWeights packed() {
        PackedWeights p = packed;
        if (p == null) {
            p = stacked == null ? PackedWeights.pack(weights) : PackedWeights.pack(weights, stacked.weights);
            packed = p;
        }
        return p;
    }

    float[] transitions() {
        return transitions;
    }

    /** Sums the weights of each token's features per tag into {@code emissions[i * L + tag]}. */
    static void emissions(float[] weights, NerFeatures.Features x, float[] emissions) {
        int[] features = x.ids();
        int[] offsets = x.offsets();
        int n = x.size();
        for (int i = 0; i < n; i++) {
            int e = i * L;
            float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
            for (int f = offsets[i], end = offsets[i + 1]; f < end; f++) {
                int w = features[f] * L;
                s0 += weights[w];
                s1 += weights[w + 1];
                s2 += weights[w + 2];
                s3 += weights[w + 3];
                s4 += weights[w + 4];
                s5 += weights[w + 5];
                s6 += weights[w + 6];
                s7 += weights[w + 7];
                s8 += weights[w + 8];
            }
            emissions[e] = s0;
            emissions[e + 1] = s1;
            emissions[e + 2] = s2;
            emissions[e + 3] = s3;
            emissions[e + 4] = s4;
            emissions[e + 5] = s5;
            emissions[e + 6] = s6;
            emissions[e + 7] = s7;
            emissions[e + 8] = s8;
        }
    }

    /** The best tags for a sentence's feature ids. */
    int[] decode(NerFeatures.Features features) {
        int n = features.size();
        float[] em = new float[n * L];
        emissions(weights, features, em);
        return decodeEmissions(em, n);
    }

    /**
     * The best tags given the summed feature weights of {@code n} tokens ({@link #emissions});
     * adds the entity bias to {@code em} in place.
     */
    int[] decodeEmissions(float[] em, int n) {
        if (entityBias != 0) {
            for (int i = 0; i < n * L; i++) {
                if (i % L != BioTags.O) {
                    em[i] += entityBias;
                }
            }
        }
        int[] tags = new int[n];
        Viterbi.decode(em, transitions, n, tags);
        return tags;
    }
}
