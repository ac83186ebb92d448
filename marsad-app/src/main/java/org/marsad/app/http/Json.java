package org.marsad.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.marsad.store.article.Article;
import org.marsad.store.search.FacetCount;
import org.marsad.store.search.SearchHit;
import org.marsad.store.search.Snippet;

/** JSON shapes of the API, built by hand so that the wire format does not follow refactorings of the records. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static void send(Context ctx, Object node) throws com.fasterxml.jackson.core.JsonProcessingException {
        ctx.contentType("application/json; charset=utf-8").result(MAPPER.writeValueAsBytes(node));
    }

    static ObjectNode hit(SearchHit h) {
        ObjectNode o = object();
        o.put("id", h.id()).put("title", h.title()).put("source", h.source()).put("url", h.url())
                .put("date", h.published() == null ? null : h.published().toString())
                .put("score", h.score()).put("copies", h.copies());
        if (h.snippet() != null) {
            o.set("snippet", fragments(h.snippet()));
        } else {
            o.putNull("snippet");
        }
        return o;
    }

    /** A snippet as text pieces, each marked highlighted or not: the client renders text, never HTML. */
    static ArrayNode fragments(Snippet s) {
        ArrayNode out = MAPPER.createArrayNode();
        String text = s.text().replace('\n', ' ');
        int pos = 0;
        for (Snippet.Highlight h : s.highlights()) {
            if (h.start() > pos) {
                out.addObject().put("text", text.substring(pos, h.start())).put("highlighted", false);
            }
            out.addObject().put("text", text.substring(h.start(), h.end())).put("highlighted", true);
            pos = h.end();
        }
        if (pos < text.length()) {
            out.addObject().put("text", text.substring(pos)).put("highlighted", false);
        }
        return out;
    }

    static ArrayNode facet(List<FacetCount> counts) {
        ArrayNode out = MAPPER.createArrayNode();
        counts.forEach(f -> out.addObject().put("value", f.value()).put("count", f.count()));
        return out;
    }

    static ObjectNode article(Article a) {
        ObjectNode o = object();
        o.put("id", a.id()).put("source", a.source()).put("url", a.url()).put("title", a.title())
                .put("date", a.published() == null ? null : a.published().toString()).put("author", a.author())
                .put("body", a.body());
        return o;
    }

    static ObjectNode error(String message, String parameter) {
        ObjectNode o = object().put("error", message);
        if (parameter != null) {
            o.put("parameter", parameter);
        }
        return o;
    }
}
