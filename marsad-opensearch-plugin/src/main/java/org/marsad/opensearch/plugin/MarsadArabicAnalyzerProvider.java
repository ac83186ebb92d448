package org.marsad.opensearch.plugin;

import org.marsad.text.lucene.ArabicNewsAnalyzer;
import org.marsad.text.segment.ArabicSegmenter;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;

/**
 * {@code marsad_arabic}: marsad's {@link ArabicNewsAnalyzer} itself, so a cluster emits the same
 * terms, positions and offsets as the embedded store. {@code remove_stop_words} (default true)
 * can be set on an analyzer of type {@code marsad_arabic} declared in the index settings.
 */
public final class MarsadArabicAnalyzerProvider extends AbstractIndexAnalyzerProvider<ArabicNewsAnalyzer> {
    private final ArabicNewsAnalyzer analyzer;

    public MarsadArabicAnalyzerProvider(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(indexSettings, name, settings);
        boolean removeStopWords = settings.getAsBoolean(MarsadStemFilterFactory.REMOVE_STOP_WORDS, true);
        this.analyzer = new ArabicNewsAnalyzer(ArabicSegmenter.standard(), removeStopWords);
    }

    @Override
    public ArabicNewsAnalyzer get() {
        return analyzer;
    }
}
