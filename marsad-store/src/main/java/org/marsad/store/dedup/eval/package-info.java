/**
 * Evaluation of near-duplicate detection ({@code marsad eval dedup}): a gold standard from exact
 * word 5-gram coverage, synthetic edited copies, pairwise precision/recall and throughput.
 */
package org.marsad.store.dedup.eval;
