package org.marsad.text.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.text.normalize.ArabicNormalizer;
import org.marsad.text.normalize.TermBuffer;

/**
 * Search-normalizes each term with {@link ArabicNormalizer}; for token streams that do not come
 * from {@link ArabicNewsTokenizer} (which already normalizes), and for the analyzer's
 * {@code normalize} path used by wildcard and prefix queries.
 */
public final class ArabicNewsNormalizationFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TermBuffer scratch = new TermBuffer();

    public ArabicNewsNormalizationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        scratch.clear();
        ArabicNormalizer.search().normalize(term.buffer(), 0, term.length(), scratch);
        term.copyBuffer(scratch.buffer(), 0, scratch.length());
        return true;
    }
}
