package org.marsad.extract.ner;

import java.util.Set;

/**
 * What the features look up beside the sentence: the gazetteer and vocabulary of the labeled
 * training data, the name votes pooled over the unlabeled corpus, and an external gazetteer
 * (ANERgazet, {@link AnerGazet}; empty when the model was trained without one), and how often
 * words of the unlabeled news follow trigger words ({@link NameContexts}).
 */
public record NerLexicon(Gazetteer gazetteer, Set<String> vocabulary, NamePriors priors, Gazetteer external,
                         NameContexts contexts) {
    public NerLexicon {
        vocabulary = Set.copyOf(vocabulary);
    }

    public NerLexicon(Gazetteer gazetteer, Set<String> vocabulary, NamePriors priors) {
        this(gazetteer, vocabulary, priors, Gazetteer.empty(), NameContexts.none());
    }
}
