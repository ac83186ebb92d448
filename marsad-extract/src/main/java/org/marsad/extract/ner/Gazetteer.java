package org.marsad.extract.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entity names seen in labeled training sentences, keyed by their search-normalized tokens, with how
 * often each type was given to them. Matching marks the longest known name at each position with the
 * BIO tag of its most frequent type; the tagger uses that as a feature, never as the answer.
 */
public final class Gazetteer {
    /** Names longer than this many tokens are not kept. */
    public static final int MAX_TOKENS = 6;

    private final Map<String, int[]> typeCounts;
    private final Set<String> firstTokens;

    private Gazetteer(Map<String, int[]> typeCounts) {
        this.typeCounts = typeCounts;
        this.firstTokens = new HashSet<>();
        for (String key : typeCounts.keySet()) {
            int space = key.indexOf(' ');
            firstTokens.add(space < 0 ? key : key.substring(0, space));
        }
    }

    /** The names of {@code sentences} (tokens normalized by {@code normalize}). */
    public static Gazetteer learn(List<LabeledSentence> sentences, java.util.function.Function<String, String> normalize) {
        Builder b = new Builder();
        for (LabeledSentence s : sentences) {
            for (Chunk c : Chunk.of(s.tags())) {
                if (c.end() - c.start() > MAX_TOKENS) {
                    continue;
                }
                StringBuilder key = new StringBuilder();
                for (int i = c.start(); i < c.end(); i++) {
                    if (i > c.start()) {
                        key.append(' ');
                    }
                    key.append(normalize.apply(s.tokens().get(i)));
                }
                b.add(key.toString(), c.type(), 1);
            }
        }
        return b.build();
    }

    /** Collects names with their type counts; used for learning and for reading a model file. */
    public static final class Builder {
        private final Map<String, int[]> counts = new HashMap<>();

        public Builder add(String key, int type, int count) {
            counts.computeIfAbsent(key, k -> new int[BioTags.TYPES.size()])[type] += count;
            return this;
        }

        public Gazetteer build() {
            return new Gazetteer(new HashMap<>(counts));
        }
    }

    public int size() {
        return typeCounts.size();
    }

    /** Every name with its per-type counts (for writing the model file). */
    public Map<String, int[]> entries() {
        return java.util.Collections.unmodifiableMap(typeCounts);
    }

    /**
     * The gazetteer tag of every token: longest match first, left to right. {@code alternatives}
     * (may hold nulls) is a second spelling tried for a name's first token, e.g. the word without
     * its conjunction or preposition (وبغداد → بغداد).
     */
    public int[] match(String[] words, String[] alternatives, int n) {
        int[] out = new int[n];
        StringBuilder key = new StringBuilder();
        int i = 0;
        while (i < n) {
            int matched = 0;
            int type = -1;
            for (int variant = 0; variant < 2 && matched == 0; variant++) {
                String first = variant == 0 ? words[i] : alternatives[i];
                if (first == null || !firstTokens.contains(first)) {
                    continue;
                }
                for (int len = Math.min(MAX_TOKENS, n - i); len >= 1; len--) {
                    key.setLength(0);
                    key.append(first);
                    for (int j = i + 1; j < i + len; j++) {
                        key.append(' ').append(words[j]);
                    }
                    int[] counts = typeCounts.get(key.toString());
                    if (counts != null) {
                        matched = len;
                        type = argmax(counts);
                        break;
                    }
                }
            }
            if (matched == 0) {
                i++;
                continue;
            }
            out[i] = BioTags.begin(type);
            for (int j = i + 1; j < i + matched; j++) {
                out[j] = BioTags.inside(type);
            }
            i += matched;
        }
        return out;
    }

    private static int argmax(int[] counts) {
        int best = 0;
        for (int t = 1; t < counts.length; t++) {
            if (counts[t] > counts[best]) {
                best = t;
            }
        }
        return best;
    }
}
