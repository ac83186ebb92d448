package org.marsad.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.search.Snippet;

/**
 * A hit's snippet from the cluster's unified highlighter: one passage of the body of about the
 * embedded store's length, matched words between two control characters that never occur in
 * news text, turned back into a {@link Snippet} (plain text plus ranges, offset into the body).
 */
final class HitSnippets {
    private static final String OPEN = "\u0001";
    private static final String CLOSE = "\u0002";
    private static final int LENGTH = 160;

    private HitSnippets() {}

    static void request(ObjectNode searchRequest) {
        ObjectNode h = searchRequest.putObject("highlight");
        h.put("type", "unified").put("require_field_match", true);
        h.putArray("pre_tags").add(OPEN);
        h.putArray("post_tags").add(CLOSE);
        h.putObject("fields").putObject(ArchiveSchema.BODY).put("number_of_fragments", 1).put("fragment_size", LENGTH)
                .put("no_match_size", LENGTH);
    }

    /** The snippet of a hit, or null when the cluster sent none. */
    static Snippet of(JsonNode hit, String body) {
        JsonNode frag = hit.path("highlight").path(ArchiveSchema.BODY).path(0);
        if (!frag.isTextual()) {
            return null;
        }
        String marked = frag.asText();
        StringBuilder text = new StringBuilder(marked.length());
        List<Snippet.Highlight> highlights = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == OPEN.charAt(0)) {
                open = text.length();
            } else if (c == CLOSE.charAt(0)) {
                if (open >= 0) {
                    highlights.add(new Snippet.Highlight(open, text.length()));
                }
                open = -1;
            } else {
                text.append(c);
            }
        }
        String plain = text.toString();
        int start = body == null ? -1 : body.indexOf(plain);
        return new Snippet(plain, Math.max(0, start), highlights);
    }
}
