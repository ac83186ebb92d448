package org.marsad.store.summary;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/**
 * How many documents contain each term, for inverse document frequency. Can grow online (a
 * stream of articles) and is shared by the summarizer and the story clusterer.
 */
public final class DocumentFrequencies {
    private final Map<String, Integer> df = new HashMap<>();
    private int documents;

    /** Counts one document given its terms (repeats count once). */
    public void add(Collection<String> terms) {
        for (String t : new HashSet<>(terms)) {
            df.merge(t, 1, Integer::sum);
        }
        documents++;
    }

    public int documents() {
        return documents;
    }

    public int df(String term) {
        return df.getOrDefault(term, 0);
    }

    /** Smoothed IDF: ln((N + 1) / (df + 1)) + 1, so an unseen term weighs the most and none weighs zero. */
    public double idf(String term) {
        return Math.log((documents + 1.0) / (df(term) + 1.0)) + 1.0;
    }
}
