package org.marsad.store.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.store.index.ArchiveSchema;

/**
 * Whether a text holds all the words of a query, compared as the archive's analyzer indexes them
 * (spelling variants, clitics and diacritics folded), so that a quote or claim is checked the same
 * way the index found its article.
 */
final class WordMatcher {
    private static final Analyzer ANALYZER = ArchiveSchema.analyzer();
    private final Set<String> required;

    /** {@code words} null or blank matches everything. */
    WordMatcher(String words) {
        this.required = words == null || words.isBlank() ? Set.of() : terms(words);
    }

    boolean isEmpty() {
        return required.isEmpty();
    }

    boolean matches(String text) {
        return required.isEmpty() || terms(text).containsAll(required);
    }

    static Set<String> terms(String text) {
        Set<String> out = new HashSet<>();
        try (TokenStream ts = ANALYZER.tokenStream(ArchiveSchema.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
