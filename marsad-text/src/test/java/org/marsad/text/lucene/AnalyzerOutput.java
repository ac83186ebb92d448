package org.marsad.text.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** Everything a token stream tells an indexer, one line per token: {@code term start-end +posInc type}. */
final class AnalyzerOutput {
    private AnalyzerOutput() {}

    static List<String> of(Analyzer analyzer, String text) {
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            return read(ts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> read(TokenStream ts) throws IOException {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
        TypeAttribute type = ts.addAttribute(TypeAttribute.class);
        List<String> out = new ArrayList<>();
        ts.reset();
        while (ts.incrementToken()) {
            out.add(line(term.toString(), offset.startOffset(), offset.endOffset(), posInc.getPositionIncrement(), type.type()));
        }
        ts.end();
        out.add("end " + offset.endOffset() + " +" + posInc.getPositionIncrement());
        return out;
    }

    static String line(String term, int start, int end, int posInc, String type) {
        return term + " " + start + "-" + end + " +" + posInc + " " + type;
    }
}
