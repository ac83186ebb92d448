package org.marsad.store.summary;

/**
 * Weights of the summarizer.
 *
 * @param positionWeight share of a sentence's score that comes from its position (1/(1+index)^decay
 *                       in its article) rather than its LexRank centrality
 * @param positionDecay  how fast the position prior falls along the article
 * @param mmrLambda      maximal marginal relevance: 1 ranks by score only, lower values penalize a
 *                       sentence by its highest similarity to a sentence already chosen
 * @param damping        LexRank damping factor
 * @param minWords       sentences shorter than this are not chosen (headings, datelines)
 */
public record SummaryConfig(double positionWeight, double positionDecay, double mmrLambda, double damping, int minWords) {
    /** Chosen on the dev part of EASC (topics 1-50) by {@code marsad eval summaries --split dev}. */
    public static final SummaryConfig DEFAULT = new SummaryConfig(0.6, 0.3, 0.7, 0.85, 5);

    public SummaryConfig {
        if (positionWeight < 0 || positionWeight > 1 || mmrLambda < 0 || mmrLambda > 1) {
            throw new IllegalArgumentException("positionWeight and mmrLambda must be in [0, 1]");
        }
        if (damping <= 0 || damping >= 1) {
            throw new IllegalArgumentException("damping must be in (0, 1)");
        }
    }
}
