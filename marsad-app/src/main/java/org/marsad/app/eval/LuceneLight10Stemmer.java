package org.marsad.app.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's light10 stemming exactly as its {@link ArabicAnalyzer} ships it (standard tokenizer, lower
 * case, decimal digits, Arabic normalization, Arabic light stemming), but with an empty stop set so
 * that every word gets a stem to compare. Lucene's normalizer and stemmer classes are package-private,
 * so the analyzer chain is the public way to reach them. Not thread-safe (one reused token stream).
 */
public final class LuceneLight10Stemmer implements Function<String, String>, AutoCloseable {
    private final ArabicAnalyzer analyzer = new ArabicAnalyzer(CharArraySet.EMPTY_SET);

    /** The terms of {@code word} joined by a space (one term for a single Arabic word). */
    @Override
    public String apply(String word) {
        try (TokenStream ts = analyzer.tokenStream("f", word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            StringBuilder out = new StringBuilder();
            while (ts.incrementToken()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(term);
            }
            ts.end();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
