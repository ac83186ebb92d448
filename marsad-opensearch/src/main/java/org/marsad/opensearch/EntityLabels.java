package org.marsad.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
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
    /** Characters of one include expression, under the cluster's default limit with room for the rest. */
    private static final int MAX_REGEX = 900;

    private EntityLabels() {}

    static Map<String, String> displayNames(ClusterClient client, String index, List<String> keys) throws IOException {
        Map<String, String> out = new HashMap<>();
        // the cluster refuses a regular expression longer than index.max_regex_length (1,000 by default)
        List<String> chunk = new ArrayList<>();
        int length = 0;
        for (String k : keys) {
            String e = ExactTerms.literal(k);
            if (!chunk.isEmpty() && length + e.length() + 1 > MAX_REGEX) {
                displayNames(client, index, chunk, out);
                chunk.clear();
                length = 0;
            }
            chunk.add(e);
            length += e.length() + 1;
        }
        if (!chunk.isEmpty()) {
            displayNames(client, index, chunk, out);
        }
        return out;
    }

    /** The names of keys given escaped, in one aggregation. */
    private static void displayNames(ClusterClient client, String index, List<String> escaped, Map<String, String> out)
            throws IOException {
        String regex = "(" + String.join("|", escaped) + ")" + ExactTerms.literal(String.valueOf(EntityKeys.LABEL_SEPARATOR)) + ".*";
        ObjectNode req = ClusterClient.JSON.createObjectNode();
        req.put("size", 0);
        req.putObject("aggs").putObject("labels").putObject("terms").put("field", ArchiveSchema.ENTITY_LABEL)
                .put("size", 50 * escaped.size()).put("include", regex);
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
    }
}
