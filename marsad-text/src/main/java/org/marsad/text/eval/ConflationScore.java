package org.marsad.text.eval;

/**
 * Pairwise conflation quality of a stemmer on a {@link ConflationSet}. Over all unordered pairs of
 * distinct forms: a pair is <em>conflated</em> when the stemmer gives both the same stem, and
 * <em>related</em> when the forms share a lemma.
 * <ul>
 *   <li>precision = conflated related pairs / conflated pairs (1 when nothing is conflated);</li>
 *   <li>recall = conflated related pairs / related pairs (1 when no pair is related);</li>
 *   <li>F1 = their harmonic mean.</li>
 * </ul>
 */
public record ConflationScore(int forms, long relatedPairs, long conflatedPairs, long correctPairs, int stems) {
    public double precision() {
        return conflatedPairs == 0 ? 1.0 : (double) correctPairs / conflatedPairs;
    }

    public double recall() {
        return relatedPairs == 0 ? 1.0 : (double) correctPairs / relatedPairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
