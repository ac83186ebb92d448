package org.marsad.extract.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Averaged structured perceptron (Collins 2002) over hashed features and tag transitions: decode each
 * training sentence with the current weights, and where the best path differs from the gold one, add
 * the gold path's features and subtract the predicted path's. The returned weights are the average of
 * the weights after every sentence, which generalizes much better than the last ones; it is kept
 * with the usual trick of a second sum weighted by the update time.
 */
public final class PerceptronTrainer {
    private static final int L = BioTags.COUNT;

    /** One training sentence: its feature ids and gold tags. */
    public record Instance(NerFeatures.Features features, int[] tags) {}

    private final int bits;
    private final float[] weights;
    private final double[] timed;
    private final float[] transitions = new float[(L + 1) * L];
    private final double[] timedTransitions = new double[(L + 1) * L];
    private long time = 1;

    public PerceptronTrainer(int bits) {
        this.bits = bits;
        this.weights = new float[(1 << bits) * L];
        this.timed = new double[weights.length];
    }

    /** One pass over the instances in a shuffled order; returns how many sentences had an error. */
    public int epoch(List<Instance> instances, Random random) {
        List<Instance> order = new ArrayList<>(instances);
        Collections.shuffle(order, random);
        int errors = 0;
        float[] em = new float[16 * L];
        int[] predicted = new int[16];
        for (Instance x : order) {
            int n = x.tags().length;
            if (n == 0) {
                continue;
            }
            if (em.length < n * L) {
                em = new float[n * L * 2];
                predicted = new int[n * 2];
            }
            NerModel.emissions(weights, x.features(), em);
            Viterbi.decode(em, transitions, n, predicted);
            if (update(x, predicted, n)) {
                errors++;
            }
            time++;
        }
        return errors;
    }

    private boolean update(Instance x, int[] predicted, int n) {
        int[] gold = x.tags();
        boolean wrong = false;
        int[] ids = x.features().ids();
        int[] offsets = x.features().offsets();
        for (int i = 0; i < n; i++) {
            int g = gold[i];
            int p = predicted[i];
            if (g != p) {
                wrong = true;
                for (int f = offsets[i]; f < offsets[i + 1]; f++) {
                    int base = ids[f] * L;
                    add(weights, timed, base + g, 1);
                    add(weights, timed, base + p, -1);
                }
            }
            int gp = i == 0 ? -1 : gold[i - 1];
            int pp = i == 0 ? -1 : predicted[i - 1];
            if (g != p || gp != pp) {
                add(transitions, timedTransitions, (gp + 1) * L + g, 1);
                add(transitions, timedTransitions, (pp + 1) * L + p, -1);
            }
        }
        return wrong;
    }

    private void add(float[] w, double[] t, int index, int delta) {
        w[index] += delta;
        t[index] += (double) time * delta;
    }

    /** The averaged weights so far, as a model with the given gazetteer and word classes. */
    public NerModel averaged(NerLexicon lexicon, WordClusters clusters) {
        return new NerModel(bits, average(weights, timed), average(transitions, timedTransitions), lexicon, clusters);
    }

    private float[] average(float[] w, double[] t) {
        float[] out = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = (float) (w[i] - t[i] / time);
        }
        return out;
    }
}
