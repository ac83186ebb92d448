package org.marsad.store.read;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** Every name above: the fields worth reading; the rest of a record is skipped unparsed. */
    static final Set<String> ALL = new HashSet<>();

    static {
        for (List<String> l : List.of(TITLE, BODY, URL, DATE, SOURCE, AUTHOR)) {
            ALL.addAll(l);
        }
    }

    private JsonFields() {}

    /** The first of {@code names} present in {@code fields}; null when none is. */
    static String first(Map<String, String> fields, List<String> names) {
        for (String n : names) {
            String v = fields.get(n);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
