/**
 * marsad's Arabic analysis as Lucene 10 components: {@link org.marsad.text.lucene.ArabicNewsAnalyzer}
 * chains {@link org.marsad.text.lucene.ArabicNewsTokenizer} and
 * {@link org.marsad.text.lucene.ArabicNewsStemFilter}. The only package of marsad-text that
 * depends on Lucene.
 */
package org.marsad.text.lucene;
