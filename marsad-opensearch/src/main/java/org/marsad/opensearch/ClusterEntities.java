package org.marsad.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.index.EntityKeys;
import org.marsad.store.query.EntityIndex;
import org.marsad.store.query.EntitySummary;
import org.marsad.store.search.EntityCount;

/**
 * The cluster's entity counts, from aggregations: articles per key from {@link IndexDefinition#ENTITY_FACET}
 * (each key once per article), mentions from the nested {@link IndexDefinition#ENTITY_MENTIONS}
 * ({@code {key, n}} once per key and article), days from the epoch-day field. Top lists go
 * through {@link ExactTerms}, so they are exact as the embedded index's term walk is.
 */
final class ClusterEntities implements EntityIndex {
    private static final Map<String, String> READ = Map.of("allow_partial_search_results", "false");
    private static final String KEY = IndexDefinition.ENTITY_MENTIONS + ".key";
    private static final String N = IndexDefinition.ENTITY_MENTIONS + ".n";

    private final OpenSearchStore store;

    ClusterEntities(OpenSearchStore store) {
        this.store = store;
    }

    @Override
    public Map<String, Long> articlesNaming(List<String> keys) throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        ObjectNode req = request(null);
        ObjectNode t = req.putObject("aggs").putObject("k").putObject("terms");
        t.put("field", IndexDefinition.ENTITY_FACET).put("size", keys.size());
        ArrayNode include = t.putArray("include");
        keys.forEach(include::add);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (JsonNode b : store.read("/_search", req, READ).path("aggregations").path("k").path("buckets")) {
            counts.put(b.path("key").asText(), b.path("doc_count").asLong());
        }
        for (String k : keys) {
            if (counts.containsKey(k)) {
                out.put(k, counts.get(k));
            }
        }
        return out;
    }

    @Override
    public List<EntitySummary> mostNamed(String prefix, String part, Predicate<String> keep, int limit) throws IOException {
        String withPart = part == null ? null : ExactTerms.literal(prefix) + ".*" + ExactTerms.literal(part) + ".*";
        // a name too long for the cluster's limit on expressions is checked here only (keep holds it as whole words)
        String include = withPart != null && withPart.length() <= ExactTerms.MAX_REGEX ? withPart
                : prefix.isEmpty() ? null : ExactTerms.literal(prefix) + ".*";
        List<ExactTerms.Bucket> top = ExactTerms.top((size, shardSize) -> {
            ObjectNode req = request(null);
            ObjectNode nested = req.putObject("aggs").putObject("m");
            nested.putObject("nested").put("path", IndexDefinition.ENTITY_MENTIONS);
            ObjectNode k = ExactTerms.terms(nested.putObject("aggs"), "k", KEY, include, size, shardSize);
            k.putObject("aggs").putObject("n").putObject("sum").put("field", N);
            return store.read("/_search", req, READ).path("aggregations").path("m").path("k");
        }, key -> key.startsWith(prefix) && keep.test(key), limit, Math.max(2 * limit, 100));
        List<EntitySummary> out = new ArrayList<>(top.size());
        for (ExactTerms.Bucket b : top) {
            out.add(new EntitySummary(EntityKeys.typeOf(b.key()), b.key(), null, b.count(),
                    Math.round(b.node().path("n").path("value").asDouble())));
        }
        return out;
    }

    @Override
    public Map<String, String> displayNames(List<String> keys) throws IOException {
        return EntityLabels.displayNames(store.client(), store.index(), keys);
    }

    /** A histogram of one day per bucket, each with the mentions of the keys in its articles (a nested sum). */
    @Override
    public Timeline timeline(List<String> keys) throws IOException {
        ObjectNode req = request(keys);
        req.put("track_total_hits", true);
        ObjectNode aggs = req.putObject("aggs");
        ObjectNode days = aggs.putObject("days");
        days.putObject("histogram").put("field", ArchiveSchema.DATE).put("interval", 1).put("min_doc_count", 1);
        mentionsOf(days.putObject("aggs"), keys);
        mentionsOf(aggs, keys);
        JsonNode answer = store.read("/_search", req, READ);
        JsonNode a = answer.path("aggregations");
        Map<LocalDate, long[]> perDay = new TreeMap<>();
        for (JsonNode b : a.path("days").path("buckets")) {
            perDay.put(LocalDate.ofEpochDay(b.path("key").asLong()), new long[] {b.path("doc_count").asLong(), mentions(b)});
        }
        return Timeline.of(perDay, answer.path("hits").path("total").path("value").asLong(), mentions(a));
    }

    /** Per type, the top of a terms aggregation over the articles naming the keys, in the embedded facet's order. */
    @Override
    public List<EntityCount> namedWith(List<String> keys, int perType) throws IOException {
        List<ExactTerms.Bucket> all = new ArrayList<>();
        for (String type : ArchiveSchema.ENTITY_TYPES) {
            List<ExactTerms.Bucket> top = ExactTerms.top((size, shardSize) -> {
                ObjectNode req = request(keys);
                ExactTerms.terms(req.putObject("aggs"), "k", IndexDefinition.ENTITY_FACET, ExactTerms.literal(type + "/") + ".*",
                        size, shardSize);
                return store.read("/_search", req, READ).path("aggregations").path("k");
            }, key -> true, perType, perType);
            // buckets come most documents first, ties by key: the facet's order
            all.addAll(top.subList(0, Math.min(perType, top.size())));
        }
        Map<String, String> names = displayNames(all.stream().map(ExactTerms.Bucket::key).toList());
        List<EntityCount> out = new ArrayList<>(all.size());
        for (ExactTerms.Bucket b : all) {
            out.add(new EntityCount(EntityKeys.typeOf(b.key()), b.key(), names.getOrDefault(b.key(), EntityKeys.nameOf(b.key())),
                    b.count()));
        }
        out.sort(Comparator.comparingLong(EntityCount::count).reversed().thenComparing(EntityCount::key));
        return out;
    }

    /** Articles only, naming one of {@code keys} (null: any), no hits. */
    private static ObjectNode request(List<String> keys) {
        ObjectNode req = ClusterClient.JSON.createObjectNode();
        req.put("size", 0);
        ArrayNode filter = req.putObject("query").putObject("bool").putArray("filter");
        filter.addObject().putObject("term").put(ArchiveSchema.KIND, ArchiveSchema.KIND_ARTICLE);
        if (keys != null) {
            ArrayNode any = filter.addObject().putObject("terms").putArray(IndexDefinition.ENTITY_FACET);
            keys.forEach(any::add);
        }
        return req;
    }

    /** Sub-aggregation {@code m}: the mentions of {@code keys} in the bucket's articles. */
    private static void mentionsOf(ObjectNode aggs, List<String> keys) {
        ObjectNode m = aggs.putObject("m");
        m.putObject("nested").put("path", IndexDefinition.ENTITY_MENTIONS);
        ObjectNode k = m.putObject("aggs").putObject("k");
        ArrayNode any = k.putObject("filter").putObject("terms").putArray(KEY);
        keys.forEach(any::add);
        k.putObject("aggs").putObject("n").putObject("sum").put("field", N);
    }

    private static long mentions(JsonNode bucket) {
        return Math.round(bucket.path("m").path("k").path("n").path("value").asDouble());
    }
}
