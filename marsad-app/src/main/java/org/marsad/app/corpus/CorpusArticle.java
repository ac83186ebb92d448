package org.marsad.app.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.marsad.store.read.DateParser;

/** One article of a shared news corpus, as the corpus gives it. */
public record CorpusArticle(String id, String source, String title, String text, String date) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whether it has text to ingest (the corpora hold some records without). */
    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** The article as one {@code marsad ingest} JSON line (the same fields both stores are fed in tests and benches). */
    public String ingestJsonLine() {
        ObjectNode o = JSON.createObjectNode();
        o.put("source", source == null || source.isBlank() ? "unknown" : source);
        o.put("title", title);
        LocalDate d = DateParser.parse(date);
        if (d != null) {
            o.put("published", d.toString());
        }
        o.put("text", text);
        try {
            return JSON.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON object of strings always serializes", e);
        }
    }
}
