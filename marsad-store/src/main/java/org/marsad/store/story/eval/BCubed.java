package org.marsad.store.story.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * B-cubed precision and recall (Bagga and Baldwin 1998) of a clustering against gold classes,
 * over the items that have a gold class: for each such item, precision is the share of its
 * cluster's gold-labeled items in its own class, recall the share of its class in its cluster.
 */
public final class BCubed {
    /** Mean precision and recall over the gold items, and their harmonic mean. */
    public record Score(double precision, double recall) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    private BCubed() {}

    /**
     * @param gold      item -> gold class, for the labeled items
     * @param predicted item -> predicted cluster; every gold item must have one
     */
    public static Score score(Map<String, String> gold, Map<String, ?> predicted) {
        Map<Object, Integer> clusterSize = new HashMap<>();
        Map<String, Integer> classSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (Map.Entry<String, String> e : gold.entrySet()) {
            Object c = predicted.get(e.getKey());
            if (c == null) {
                throw new IllegalArgumentException("labeled article " + e.getKey() + " was not clustered");
            }
            clusterSize.merge(c, 1, Integer::sum);
            classSize.merge(e.getValue(), 1, Integer::sum);
            both.merge(c + "\u0000" + e.getValue(), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            Object c = predicted.get(e.getKey());
            int overlap = both.get(c + "\u0000" + e.getValue());
            p += overlap / (double) clusterSize.get(c);
            r += overlap / (double) classSize.get(e.getValue());
        }
        int n = gold.size();
        return n == 0 ? new Score(1, 1) : new Score(p / n, r / n);
    }
}
