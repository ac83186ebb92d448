package org.marsad.extract.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Entity-level precision, recall and F1 as conlleval computes them: a predicted entity counts only
 * when a gold entity has exactly its span and type. Add sentences one by one, then read the scores.
 */
public final class EntityScorer {
    private final int types = BioTags.TYPES.size();
    private final long[] gold = new long[types];
    private final long[] predicted = new long[types];
    private final long[] correct = new long[types];
    private long tokens;
    private long correctTags;

    /** Adds one sentence's gold and predicted tags. */
    public void add(int[] goldTags, int[] predictedTags) {
        if (goldTags.length != predictedTags.length) {
            throw new IllegalArgumentException("gold has " + goldTags.length + " tags, prediction " + predictedTags.length);
        }
        List<Chunk> g = Chunk.of(goldTags);
        List<Chunk> p = Chunk.of(predictedTags);
        Set<Chunk> goldSet = new HashSet<>(g);
        for (Chunk c : g) {
            gold[c.type()]++;
        }
        for (Chunk c : p) {
            predicted[c.type()]++;
            if (goldSet.contains(c)) {
                correct[c.type()]++;
            }
        }
        tokens += goldTags.length;
        for (int i = 0; i < goldTags.length; i++) {
            if (goldTags[i] == predictedTags[i]) {
                correctTags++;
            }
        }
    }

    /** Scores over all types together (micro average). */
    public Score overall() {
        long g = 0;
        long p = 0;
        long c = 0;
        for (int t = 0; t < types; t++) {
            g += gold[t];
            p += predicted[t];
            c += correct[t];
        }
        return new Score(g, p, c);
    }

    /** Scores of one type index ({@link BioTags#TYPES}). */
    public Score of(int type) {
        return new Score(gold[type], predicted[type], correct[type]);
    }

    /** Share of tokens whose tag is right, O included. */
    public double tokenAccuracy() {
        return tokens == 0 ? 0 : (double) correctTags / tokens;
    }

    public long tokens() {
        return tokens;
    }

    /** Counts and the measures derived from them; each measure is 0 when undefined, like conlleval. */
    public record Score(long gold, long predicted, long correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
