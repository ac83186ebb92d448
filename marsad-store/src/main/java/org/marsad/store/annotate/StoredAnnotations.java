package org.marsad.store.annotate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.doc.DocJson;

/**
 * How annotations are kept with an article: the {@link DocJson} contract without the "text" of
 * spans that have offsets (the body holds them), restored on reading, so the archive does not
 * store every quote twice.
 */
public final class StoredAnnotations {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] LISTS = {"entities", "quotes", "claims", "dates"};
    private static final String[] NESTED = {"speaker", "subject"};

    private StoredAnnotations() {}

    /** The compact stored form of {@code doc}'s annotations. */
    public static String encode(Doc doc) {
        ObjectNode root = DocJson.of(doc);
        for (String list : LISTS) {
            for (JsonNode o : root.get(list)) {
                dropText((ObjectNode) o);
                for (String n : NESTED) {
                    if (o.hasNonNull(n)) {
                        dropText((ObjectNode) o.get(n));
                    }
                }
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The full {@link DocJson} object again, span texts cut from {@code body}. */
    public static ObjectNode decode(String stored, String body) {
        ObjectNode root;
        try {
            root = (ObjectNode) JSON.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored annotations are not valid JSON: " + e.getOriginalMessage(), e);
        }
        for (String list : LISTS) {
            for (JsonNode o : root.withArray(list)) {
                restoreText((ObjectNode) o, body);
                for (String n : NESTED) {
                    if (o.hasNonNull(n)) {
                        restoreText((ObjectNode) o.get(n), body);
                    }
                }
            }
        }
        return root;
    }

    private static void dropText(ObjectNode o) {
        if (o.has("start") && o.has("end")) {
            o.remove("text");
        }
    }

    /** Puts "text" back first, where the contract has it. */
    private static void restoreText(ObjectNode o, String body) {
        if (!o.has("start") || !o.has("end") || o.has("text")) {
            return;
        }
        int start = o.get("start").asInt();
        int end = o.get("end").asInt();
        if (start < 0 || end > body.length() || start > end) {
            throw new IllegalStateException("stored annotation span [" + start + "," + end + ") is outside the body");
        }
        ObjectNode copy = o.deepCopy();
        o.removeAll();
        o.put("text", body.substring(start, end));
        o.setAll(copy);
    }
}
