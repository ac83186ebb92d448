package org.marsad.opensearch.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** One token as OpenSearch's {@code _analyze} reports it: term, position, offsets, type. */
record AnalyzedToken(String term, int position, int start, int end, String type) {

    /** The tokens of {@code text} from an embedded Lucene analyzer, positions counted as {@code _analyze} does. */
    static List<AnalyzedToken> embedded(Analyzer analyzer, String text) throws IOException {
        List<AnalyzedToken> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += posInc.getPositionIncrement();
                out.add(new AnalyzedToken(term.toString(), position, offset.startOffset(), offset.endOffset(), type.type()));
            }
            ts.end();
        }
        return out;
    }

    /** The tokens of an {@code _analyze} answer. */
    static List<AnalyzedToken> fromAnalyzeResponse(JsonNode response) {
        List<AnalyzedToken> out = new ArrayList<>();
        for (JsonNode t : response.path("tokens")) {
            out.add(new AnalyzedToken(t.path("token").asText(), t.path("position").asInt(),
                    t.path("start_offset").asInt(), t.path("end_offset").asInt(), t.path("type").asText()));
        }
        return out;
    }
}
