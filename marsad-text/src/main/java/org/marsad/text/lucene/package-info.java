/**
 * marsad's Arabic analysis as Lucene 10 components: {@link org.marsad.text.lucene.ArabicNewsTokenizer}
 * and {@link org.marsad.text.lucene.ArabicNewsStemFilter} for use in any chain, and
 * {@link org.marsad.text.lucene.ArabicNewsAnalyzer}, which gives the output of the two chained
 * (with the filter's work fused into the tokenizer, for speed). The only package of marsad-text
 * that depends on Lucene.
 */
package org.marsad.text.lucene;
