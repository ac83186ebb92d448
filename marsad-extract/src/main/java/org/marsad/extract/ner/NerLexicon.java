package org.marsad.extract.ner;

import java.util.Set;

/**
 * What the features look up beside the sentence: the gazetteer and vocabulary of the labeled
 * training data, and the name votes pooled over the unlabeled corpus.
 */
public record NerLexicon(Gazetteer gazetteer, Set<String> vocabulary, NamePriors priors) {
    public NerLexicon {
        vocabulary = Set.copyOf(vocabulary);
    }
}
