package org.marsad.opensearch.plugin;

import org.apache.lucene.analysis.TokenStream;
import org.marsad.text.lucene.ArabicNewsStemFilter;
import org.marsad.text.segment.ArabicSegmenter;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/**
 * {@code marsad_stem}: drops Arabic stop words (unless {@code remove_stop_words: false}) and
 * stems the other Arabic terms with marsad's standard segmenter. Expects normalized terms.
 */
public final class MarsadStemFilterFactory extends AbstractTokenFilterFactory {
    static final String REMOVE_STOP_WORDS = "remove_stop_words";

    private final boolean removeStopWords;

    public MarsadStemFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(indexSettings, name, settings);
        this.removeStopWords = settings.getAsBoolean(REMOVE_STOP_WORDS, true);
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new ArabicNewsStemFilter(input, ArabicSegmenter.standard(), removeStopWords);
    }
}
