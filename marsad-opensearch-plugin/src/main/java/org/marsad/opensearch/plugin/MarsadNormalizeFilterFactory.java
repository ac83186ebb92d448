package org.marsad.opensearch.plugin;

import org.apache.lucene.analysis.TokenStream;
import org.marsad.text.lucene.ArabicNewsNormalizationFilter;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.NormalizingTokenFilterFactory;

/**
 * {@code marsad_normalize}: marsad's search normalization of each term, for tokens from other
 * tokenizers and for keyword normalizers ({@code marsad_tokenizer} already normalizes).
 */
public final class MarsadNormalizeFilterFactory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {

    public MarsadNormalizeFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(indexSettings, name, settings);
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new ArabicNewsNormalizationFilter(input);
    }
}
