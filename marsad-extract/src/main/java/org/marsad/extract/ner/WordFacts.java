package org.marsad.extract.ner;

/**
 * What a {@link NerLexicon} says about one word on its own: whether the word, its stem and its core
 * are in the training vocabulary, its name priors and trigger-context votes, and the roles it plays
 * in the gazetteers' names. These are a dozen hash look-ups per token that depend on the word alone,
 * so a tagger, which sees the same words again and again, keeps them with the word's
 * {@link NerFeatures.WordView} and looks them up once per word.
 */
final class WordFacts {
    /** The lexicon these facts were looked up in. */
    final NerLexicon lexicon;
    final boolean knownWord;
    final boolean knownStem;
    final boolean knownCore;
    /** {@link NamePriors#votes} of the word (may be null) and its {@link NerFeatures#priorType}. */
    final int[] priorVotes;
    final int prior;
    /** The prior type of the stem, or -2 when the stem is the word. */
    final int stemPrior;
    /** The trigger-context votes of the word, else of its core (may be null), and their type. */
    final int[] contextVotes;
    final int contextType;
    /** {@link Gazetteer#roles} in the training and the external gazetteer. */
    final int roles;
    final int externalRoles;

    WordFacts(NerFeatures.WordView v, NerLexicon lexicon) {
        this.lexicon = lexicon;
        java.util.Set<String> vocabulary = lexicon.vocabulary();
        knownWord = vocabulary.contains(v.word);
        knownStem = vocabulary.contains(v.stem);
        knownCore = vocabulary.contains(v.bare != null ? v.bare : v.word);
        NamePriors priors = lexicon.priors();
        priorVotes = priors.votes(v.word);
        prior = NerFeatures.priorType(priorVotes);
        stemPrior = v.stem.equals(v.word) ? -2 : NerFeatures.priorType(priors.votes(v.stem));
        NameContexts contexts = lexicon.contexts();
        int[] c = null;
        if (contexts.size() > 0) {
            c = contexts.votes(v.word);
            if (c == null && v.bare != null) {
                c = contexts.votes(v.bare);
            }
        }
        contextVotes = c;
        contextType = NerFeatures.contextType(c);
        roles = lexicon.gazetteer().roles(v.word, v.bare);
        externalRoles = lexicon.external().size() > 0 ? lexicon.external().roles(v.word, v.bare) : 0;
    }
}
