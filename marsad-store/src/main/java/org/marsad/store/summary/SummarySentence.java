package org.marsad.store.summary;

/**
 * One chosen sentence: which input text it comes from, its offsets there (String indices into
 * the original text), its text and its score.
 */
public record SummarySentence(int doc, int start, int end, String text, double score) {}
