package org.marsad.extract.ner;

import java.util.List;

/**
 * One sentence of a CoNLL file: its tokens and their tag indices ({@link BioTags}); {@code line}
 * is the 1-based line of the first token, for error messages.
 */
public record LabeledSentence(List<String> tokens, int[] tags, int line) {
    public LabeledSentence {
        tokens = List.copyOf(tokens);
        if (tags.length != tokens.size()) {
            throw new IllegalArgumentException("tags and tokens differ in length");
        }
    }

    public int size() {
        return tokens.size();
    }
}
