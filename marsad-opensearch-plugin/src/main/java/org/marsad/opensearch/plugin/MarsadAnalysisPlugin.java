package org.marsad.opensearch.plugin;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * Puts marsad's Arabic analysis inside OpenSearch, running the very classes of
 * {@code org.marsad.text.lucene} so a cluster indexes and queries exactly as the embedded store:
 * <ul>
 *   <li>tokenizer {@value #TOKENIZER}: {@code ArabicNewsTokenizer} (tokenize, search-normalize,
 *       offsets into the original text);</li>
 *   <li>token filter {@value #NORMALIZE}: {@code ArabicNewsNormalizationFilter}, also usable in a
 *       keyword {@code normalizer};</li>
 *   <li>token filter {@value #STEM}: {@code ArabicNewsStemFilter} (stop words, clitic stemming;
 *       setting {@code remove_stop_words}, default true);</li>
 *   <li>analyzer {@value #ANALYZER}: {@code ArabicNewsAnalyzer}, the same terms, positions and
 *       offsets as marsad's embedded index (also {@value #TOKENIZER} followed by {@value #STEM}).</li>
 * </ul>
 */
public final class MarsadAnalysisPlugin extends Plugin implements AnalysisPlugin {
    public static final String TOKENIZER = "marsad_tokenizer";
    public static final String NORMALIZE = "marsad_normalize";
    public static final String STEM = "marsad_stem";
    public static final String ANALYZER = "marsad_arabic";

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(TOKENIZER, MarsadTokenizerFactory::new);
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(NORMALIZE, MarsadNormalizeFilterFactory::new, STEM, MarsadStemFilterFactory::new);
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(ANALYZER, MarsadArabicAnalyzerProvider::new);
    }
}
