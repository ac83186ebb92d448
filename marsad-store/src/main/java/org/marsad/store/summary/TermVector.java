package org.marsad.store.summary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A sparse TF-IDF vector over terms, with its Euclidean norm kept for cosine similarity. */
public final class TermVector {
    private final Map<String, Double> weights;
    private final double norm;

    private TermVector(Map<String, Double> weights) {
        this.weights = weights;
        double s = 0;
        for (double w : weights.values()) {
            s += w * w;
        }
        this.norm = Math.sqrt(s);
    }

    /** Term frequency (raw count) times IDF. */
    public static TermVector tfIdf(List<String> terms, DocumentFrequencies df) {
        Map<String, Double> w = new HashMap<>();
        for (String t : terms) {
            w.merge(t, 1.0, Double::sum);
        }
        w.replaceAll((t, tf) -> tf * df.idf(t));
        return new TermVector(w);
    }

    public static TermVector of(Map<String, Double> weights) {
        return new TermVector(new HashMap<>(weights));
    }

    public Map<String, Double> weights() {
        return java.util.Collections.unmodifiableMap(weights);
    }

    public double norm() {
        return norm;
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }

    public double dot(TermVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> big = small == weights ? other.weights : weights;
        double s = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double v = big.get(e.getKey());
            if (v != null) {
                s += e.getValue() * v;
            }
        }
        return s;
    }

    public double cosine(TermVector other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        return dot(other) / (norm * other.norm);
    }
}
