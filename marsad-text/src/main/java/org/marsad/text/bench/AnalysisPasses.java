package org.marsad.text.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.marsad.text.tokenize.ArabicTokenizer;

/**
 * One pass of an analyzer or of the bare tokenizer over every text: the unit of work of
 * {@link AnalyzerBenchmark}, shared with the CLI so the token counts it prints are those of the
 * measured code.
 */
public final class AnalysisPasses {
    /** Field name handed to the analyzers; neither treats fields differently. */
    static final String FIELD = "body";

    private AnalysisPasses() {}

    /** Runs {@code analyzer} over all texts as an indexer would and returns the number of tokens it emitted. */
    public static long analyze(Analyzer analyzer, String[] texts) {
        long tokens = 0;
        try {
            for (String text : texts) {
                try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
                    ts.reset();
                    while (ts.incrementToken()) {
                        tokens++; // the attributes are heap state the JIT must keep up to date
                    }
                    ts.end();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // strings never fail to read
        }
        return tokens;
    }

    /** Runs marsad's {@link ArabicTokenizer} alone over all texts and returns the number of tokens (punctuation included). */
    public static long tokenize(ArabicTokenizer tokenizer, String[] texts) {
        long tokens = 0;
        for (String text : texts) {
            tokenizer.reset(text);
            while (tokenizer.next()) {
                tokens++;
            }
        }
        return tokens;
    }
}
