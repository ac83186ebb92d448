package org.marsad.opensearch.plugin;

import org.apache.lucene.analysis.Tokenizer;
import org.marsad.text.lucene.ArabicNewsTokenizer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenizerFactory;

/** {@code marsad_tokenizer}: word tokens, search-normalized, with offsets into the original text. */
public final class MarsadTokenizerFactory extends AbstractTokenizerFactory {

    public MarsadTokenizerFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(indexSettings, settings, name);
    }

    @Override
    public Tokenizer create() {
        return new ArabicNewsTokenizer();
    }
}
