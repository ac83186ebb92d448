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
    /** Per first word of a name: bit {@code len} set when some name of {@code len} words starts with it. */
    private final Map<String, Integer> lengths;
    /** Per word of any name: bit {@code 3 * type + position}, position 0 = a one-word name, 1 = first word, 2 = later word. */
    private final Map<String, Integer> wordRoles;

    private Gazetteer(Map<String, int[]> typeCounts) {
        this.typeCounts = typeCounts;
        this.firstTokens = new HashSet<>();
        this.lengths = new HashMap<>();
        this.wordRoles = new HashMap<>();
        for (var e : typeCounts.entrySet()) {
            String[] words = e.getKey().split(" ");
            firstTokens.add(words[0]);
            // counted as match() joins tokens: one more than the spaces (split drops empty trailing words)
            int parts = 1 + (int) e.getKey().chars().filter(c -> c == ' ').count();
            lengths.merge(words[0], 1 << Math.min(parts, 31), (x, y) -> x | y);
            int[] counts = e.getValue();
            for (int t = 0; t < counts.length; t++) {
                if (counts[t] == 0) {
                    continue;
                }
                for (int i = 0; i < words.length; i++) {
                    int position = words.length == 1 ? 0 : i == 0 ? 1 : 2;
                    wordRoles.merge(words[i], 1 << (3 * t + position), (a, b) -> a | b);
                }
            }
        }
    }

    /**
     * For every token, the roles its word plays in known names (bits as in {@link #wordRoles}),
     * also through {@code alternatives}: «بوش» alone is a hint even when only «جورج بوش» was seen.
     */
    public int[] wordRoles(String[] words, String[] alternatives, int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = roles(words[i], alternatives[i]);
        }
        return out;
    }

    /** The roles of one word in known names, also through its {@code alternative} (may be null). */
    public int roles(String word, String alternative) {
        int roles = wordRoles.getOrDefault(word, 0);
        if (alternative != null) {
            roles |= wordRoles.getOrDefault(alternative, 0);
        }
        return roles;
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

    /** A gazetteer that knows no name. */
    public static Gazetteer empty() {
        return new Builder().build();
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
        // a token holding a space could join with its neighbours into a name of more words than
        // tokens, so then every length is tried, not only those of the names known to start there
        boolean spaced = false;
        for (int j = 0; j < n && !spaced; j++) {
            spaced = words[j].indexOf(' ') >= 0 || alternatives[j] != null && alternatives[j].indexOf(' ') >= 0;
        }
        int i = 0;
        while (i < n) {
            int matched = 0;
            int type = -1;
            for (int variant = 0; variant < 2 && matched == 0; variant++) {
                String first = variant == 0 ? words[i] : alternatives[i];
                if (first == null || !firstTokens.contains(first)) {
                    continue;
                }
                int known = spaced ? -1 : lengths.get(first);
                for (int len = Math.min(MAX_TOKENS, n - i); len >= 1; len--) {
                    if ((known & 1 << len) == 0) {
                        continue;
                    }
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
