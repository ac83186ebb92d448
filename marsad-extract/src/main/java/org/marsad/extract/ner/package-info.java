/**
 * Named entities (PER, LOC, ORG, MISC): a statistical tagger trained on ANERcorp.
 *
 * <p>Flow: tokens → {@link org.marsad.extract.ner.NerFeatures} (hashed features from the
 * search-normalized word, its clitic segmentation, affixes, shape, context, word classes learned
 * from unlabeled news by {@link org.marsad.extract.ner.ClusterLearner}, and a gazetteer of the
 * training names) → {@link org.marsad.extract.ner.NerModel} (averaged perceptron weights) →
 * {@link org.marsad.extract.ner.Viterbi} (BIO-constrained decoding) → spans. Training is
 * {@link org.marsad.extract.ner.NerTrainer}; scoring is {@link org.marsad.extract.ner.EntityScorer}
 * (conlleval). {@link org.marsad.extract.ner.NerTagger#standard()} is the shipped model.
 */
package org.marsad.extract.ner;
