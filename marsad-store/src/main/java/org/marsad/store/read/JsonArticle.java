package org.marsad.store.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.marsad.store.article.Article;

/**
 * One JSON record as an {@link Article}, with the field mapping of {@link JsonFields}. Shared by
 * {@link JsonlReader} and by engines that split the lines themselves (the Spark batch job), so a
 * record reads, and is rejected, the same way everywhere.
 */
public final class JsonArticle {
    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    private JsonArticle() {}

    /** The article in the JSON object held by {@code b[off, off+len)} (UTF-8); {@code fallbackSource} when it names none. */
    public static Article parse(byte[] b, int off, int len, String fallbackSource) throws BadInputException {
        Map<String, String> o;
        try {
            o = fields(b, off, len);
        } catch (JsonProcessingException e) {
            throw new BadInputException("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInputException("malformed JSON: " + e.getMessage());
        }
        if (o == null) {
            throw new BadInputException("not a JSON object");
        }
        return fromFields(o, fallbackSource);
    }

    /** The source of a record that names none: its file's name up to the first dot, as {@link JsonlReader} does. */
    public static String fileSource(String fileName) {
        return FileBytes.stem(java.nio.file.Path.of(fileName));
    }

    /** True for a field name the mapping reads (any other field of a record is ignored). */
    public static boolean isKnownField(String name) {
        return JsonFields.ALL.contains(name);
    }

    /**
     * The article made of a record's scalar fields given as text (title, text/content/body, url,
     * date/time/published, source/src, author; first match wins); a record without text is rejected.
     */
    public static Article fromFields(Map<String, String> o, String fallbackSource) throws BadInputException {
        String body = JsonFields.first(o, JsonFields.BODY);
        if (body == null) {
            throw new BadInputException("no text field (expected one of " + JsonFields.BODY + ")");
        }
        if (body.isBlank()) {
            throw new BadInputException("empty text");
        }
        String source = JsonFields.first(o, JsonFields.SOURCE);
        if (source == null || source.isBlank()) {
            source = fallbackSource;
        }
        return Article.of(source.strip(), JsonFields.first(o, JsonFields.URL), JsonFields.first(o, JsonFields.TITLE),
                DateParser.parse(JsonFields.first(o, JsonFields.DATE)), body.strip(), JsonFields.first(o, JsonFields.AUTHOR));
    }

    /**
     * The scalar fields of the object that {@link JsonFields} knows, as text; other fields
     * (abstracts, nested data) are skipped without building them. Null when it is not an object.
     * The whole input is parsed, so a syntax error anywhere rejects it.
     */
    private static Map<String, String> fields(byte[] b, int off, int len) throws IOException {
        try (JsonParser p = JSON_FACTORY.createParser(b, off, len)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Map<String, String> out = new HashMap<>(8);
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                    p.skipChildren();
                } else if (v != JsonToken.VALUE_NULL && JsonFields.ALL.contains(name) && !out.containsKey(name)) {
                    out.put(name, p.getText());
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw new JsonParseException(p, "unexpected " + t + " inside an object");
            }
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "more than one JSON value on the line");
            }
            return out;
        }
    }
}
