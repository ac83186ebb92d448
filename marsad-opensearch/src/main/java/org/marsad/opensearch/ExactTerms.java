package org.marsad.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The top buckets of a terms aggregation (most documents first, ties by key), made exact. Each
 * shard sends only its own top {@code shard_size} terms, so a merged count can be short and a
 * term can be missing; the cluster says by how much at most ({@code doc_count_error_upper_bound}).
 * The request is repeated with deeper pages until no count is short and no unseen term can reach
 * the last bucket wanted; then the answer is what the embedded index counts. Beyond
 * {@link #MAX_SIZE} buckets the answer is taken as it is (a long flat tail, not news entities).
 */
final class ExactTerms {
    static final int MAX_SIZE = 40_000;
    /** Longest include expression sent: the cluster refuses those over index.max_regex_length (1,000 by default). */
    static final int MAX_REGEX = 900;

    /** Builds a request for {@code size} merged buckets out of {@code shardSize} per shard; returns the terms aggregation. */
    interface Request {
        JsonNode run(int size, int shardSize) throws IOException;
    }

    /** One bucket: its key, documents, and the whole bucket for its sub-aggregations. */
    record Bucket(String key, long count, JsonNode node) {}

    private ExactTerms() {}

    /**
     * At least the first {@code wanted} buckets that {@code keep} accepts (fewer when there are no
     * more), exact, with every bucket that ties the last of them; starts at {@code firstSize} buckets.
     */
    static List<Bucket> top(Request request, Predicate<String> keep, int wanted, int firstSize) throws IOException {
        int size = Math.max(firstSize, wanted);
        while (true) {
            int shardSize = size * 2;
            JsonNode agg = request.run(size, shardSize);
            List<Bucket> kept = new ArrayList<>();
            boolean countsExact = true;
            long lastCount = Long.MAX_VALUE;
            int returned = 0;
            for (JsonNode b : agg.path("buckets")) {
                returned++;
                lastCount = b.path("doc_count").asLong();
                countsExact &= b.path("doc_count_error_upper_bound").asLong(0) == 0;
                if (keep.test(b.path("key").asText())) {
                    kept.add(new Bucket(b.path("key").asText(), lastCount, b));
                }
            }
            long unseen = agg.path("doc_count_error_upper_bound").asLong(0);
            long bar = kept.size() >= wanted ? kept.get(wanted - 1).count() : 0;
            // no shard left terms out, or none it left out can reach the last bucket wanted
            boolean exact = unseen == 0 || (countsExact && unseen < bar);
            // every term with as many documents as the last wanted one is in (ties ordered by the caller)
            boolean complete = returned < size || (kept.size() >= wanted && lastCount < bar);
            if ((exact && complete) || size >= MAX_SIZE) {
                return kept;
            }
            size = Math.min(MAX_SIZE, size * 4);
        }
    }

    /** A terms aggregation on {@code field}, errors shown, {@code include} a regular expression or null. */
    static ObjectNode terms(ObjectNode parent, String name, String field, String include, int size, int shardSize) {
        ObjectNode agg = parent.putObject(name);
        ObjectNode t = agg.putObject("terms");
        t.put("field", field).put("size", size).put("shard_size", shardSize).put("show_term_doc_count_error", true);
        if (include != null) {
            t.put("include", include);
        }
        return agg;
    }

    /** {@code s} as a literal in a Lucene regular expression: every character but letters and digits escaped. */
    static String literal(String s) {
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
