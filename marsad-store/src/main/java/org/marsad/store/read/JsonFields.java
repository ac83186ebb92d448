package org.marsad.store.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The field names news dumps use for each part of an article, first match wins:
 * title, text/content/body, url, date/time/published, source/src, author.
 */
final class JsonFields {
    static final List<String> TITLE = List.of("title", "headline");
    static final List<String> BODY = List.of("text", "content", "body", "article", "maintext");
    static final List<String> URL = List.of("url", "link", "uri");
    static final List<String> DATE = List.of("date", "time", "published", "published_at", "date_published",
            "datePublished", "pubDate", "date_extracted", "timestamp");
    static final List<String> SOURCE = List.of("source", "src", "site", "publisher");
    static final List<String> AUTHOR = List.of("author", "byline", "writer");

    private JsonFields() {}

    /** The first of {@code names} present as a scalar, as text; null when none is. */
    static String first(JsonNode o, List<String> names) {
        for (String n : names) {
            JsonNode v = o.get(n);
            if (v != null && v.isValueNode() && !v.isNull()) {
                return v.asText();
            }
        }
        return null;
    }
}
