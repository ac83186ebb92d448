package org.marsad.text.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.marsad.text.segment.ArabicSegmenter;

/**
 * marsad's analyzer for Arabic news, for indexing and querying alike:
 * {@link ArabicNewsTokenizer} (tokenize, search-normalize, keep original offsets) then what
 * {@link ArabicNewsStemFilter} does (stop words in any spelling, corpus-validated clitic
 * stemming), fused into the tokenizer so a whole text is stemmed at once. The output is exactly
 * that of the tokenizer followed by the filter.
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
        // the tokenizer does the stem filter's work itself, for a whole text at a time
        return new TokenStreamComponents(new ArabicNewsTokenizer(segmenter, removeStopWords));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ArabicNewsNormalizationFilter(in);
    }
}
