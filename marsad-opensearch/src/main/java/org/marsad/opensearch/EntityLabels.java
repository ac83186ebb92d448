package org.marsad.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.index.EntityKeys;

/**
 * How entity keys are written: for each key the spelling most articles use, from the label terms
 * ({@code key U+001F display}) in one aggregation, as the embedded store's {@code EntityNames} reads them.
 */
final class EntityLabels {
    private EntityLabels() {}

    static Map<String, String> displayNames(ClusterClient client, String index, List<String> keys) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        StringBuilder regex = new StringBuilder("(");
        for (int i = 0; i < keys.size(); i++) {
            regex.append(i == 0 ? "" : "|").append(escape(keys.get(i)));
        }
        regex.append(")").append(escape(String.valueOf(EntityKeys.LABEL_SEPARATOR))).append(".*");
        ObjectNode req = ClusterClient.JSON.createObjectNode();
        req.put("size", 0);
        req.putObject("aggs").putObject("labels").putObject("terms").put("field", ArchiveSchema.ENTITY_LABEL)
                .put("size", 50 * keys.size()).put("include", regex.toString());
        JsonNode buckets = client.call("POST", "/" + index + "/_search", req, null).path("aggregations").path("labels")
                .path("buckets");
        Map<String, Long> best = new HashMap<>();
        for (JsonNode b : buckets) {
            String label = b.path("key").asText();
            int sep = label.indexOf(EntityKeys.LABEL_SEPARATOR);
            if (sep < 0) {
                continue;
            }
            String key = label.substring(0, sep);
            long n = b.path("doc_count").asLong();
            if (n > best.getOrDefault(key, -1L)) {
                best.put(key, n);
                out.put(key, label.substring(sep + 1));
            }
        }
        return out;
    }

    /** Every character but letters and digits escaped: Lucene's regular expressions take {@code \x} for any x. */
    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() * 2);
        s.codePoints().forEach(cp -> {
            if (!Character.isLetterOrDigit(cp)) {
                sb.append('\\');
            }
            sb.appendCodePoint(cp);
        });
        return sb.toString();
    }
}
