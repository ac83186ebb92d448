package org.marsad.text.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.marsad.text.segment.ArabicSegmenter;

/**
 * marsad's analyzer for Arabic news, for indexing and querying alike:
 * {@link ArabicNewsTokenizer} (tokenize, search-normalize, keep original offsets) then
 * {@link ArabicNewsStemFilter} (stop words in any spelling, corpus-validated clitic stemming).
 */
public final class ArabicNewsAnalyzer extends Analyzer {
    private final ArabicSegmenter segmenter;
    private final boolean removeStopWords;

    public ArabicNewsAnalyzer() {
        this(ArabicSegmenter.standard(), true);
    }

    public ArabicNewsAnalyzer(ArabicSegmenter segmenter, boolean removeStopWords) {
        this.segmenter = segmenter;
        this.removeStopWords = removeStopWords;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        ArabicNewsTokenizer source = new ArabicNewsTokenizer();
        return new TokenStreamComponents(source, new ArabicNewsStemFilter(source, segmenter, removeStopWords));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ArabicNewsNormalizationFilter(in);
    }
}
