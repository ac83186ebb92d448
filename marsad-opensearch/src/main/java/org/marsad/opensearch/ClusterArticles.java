package org.marsad.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.search.Query;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.query.ArticleSource;

/**
 * The cluster's stored articles walked newest first, as the embedded index walks them: sorted on
 * the date (undated last), then on the order of indexing ({@link IndexDefinition#SEQ}, the
 * embedded index's document order), paged with {@code search_after} in growing pages, each
 * article read whole from {@code _source} with its annotations.
 */
final class ClusterArticles implements ArticleSource {
    private static final int FIRST_PAGE = 100;
    private static final int LARGEST_PAGE = 1000;

    private final OpenSearchStore store;

    ClusterArticles(OpenSearchStore store) {
        this.store = store;
    }

    @Override
    public boolean hasTerm(String field, String value) throws IOException {
        ObjectNode q = ClusterClient.JSON.createObjectNode();
        q.putObject("term").put(field, value);
        return store.count(q) > 0;
    }

    @Override
    public long forEachNewestFirst(Query query, int maxArticles, Visitor visitor) throws IOException {
        ObjectNode bool = articlesOf(query);
        int page = FIRST_PAGE;
        int seen = 0;
        long total = -1;
        JsonNode after = null;
        while (seen < maxArticles) {
            ObjectNode req = ClusterClient.JSON.createObjectNode();
            req.set("query", bool);
            req.put("size", page).put("track_total_hits", total < 0);
            req.putObject("_source").putArray("excludes").add(ArchiveSchema.MINHASH);
            ArrayNode sort = req.putArray("sort");
            sort.addObject().putObject(ArchiveSchema.DATE).put("order", "desc").put("missing", "_last");
            sort.addObject().put(IndexDefinition.SEQ, "asc");
            if (after != null) {
                req.set("search_after", after);
            }
            JsonNode answer = store.read("/_search", req, Map.of("allow_partial_search_results", "false"));
            if (total < 0) {
                total = answer.path("hits").path("total").path("value").asLong();
            }
            JsonNode hits = answer.path("hits").path("hits");
            if (hits.isEmpty()) {
                break;
            }
            for (JsonNode h : hits) {
                if (seen++ >= maxArticles || !visitor.visit(OpenSearchStore.view(h.path("_source")))) {
                    return total;
                }
            }
            after = hits.get(hits.size() - 1).path("sort");
            page = Math.min(page * 2, LARGEST_PAGE);
        }
        return Math.max(total, 0);
    }

    /** A histogram of one day per bucket over the epoch-day field, as the embedded side reads the date doc values. */
    @Override
    public Map<LocalDate, Integer> articlesPerDay(Query query) throws IOException {
        ObjectNode req = ClusterClient.JSON.createObjectNode();
        req.set("query", articlesOf(query));
        req.put("size", 0);
        req.putObject("aggs").putObject("days").putObject("histogram").put("field", ArchiveSchema.DATE).put("interval", 1)
                .put("min_doc_count", 1);
        JsonNode answer = store.read("/_search", req, Map.of("allow_partial_search_results", "false"));
        Map<LocalDate, Integer> out = new TreeMap<>();
        for (JsonNode bucket : answer.path("aggregations").path("days").path("buckets")) {
            out.put(LocalDate.ofEpochDay(bucket.path("key").asLong()), bucket.path("doc_count").asInt());
        }
        return out;
    }

    /** The articles (not duplicate records) that {@code query} matches. */
    private static ObjectNode articlesOf(Query query) {
        ObjectNode bool = ClusterClient.JSON.createObjectNode();
        ObjectNode b = bool.putObject("bool");
        b.putArray("must").add(QueryTranslator.translate(query));
        b.putArray("filter").addObject().putObject("term").put(ArchiveSchema.KIND, ArchiveSchema.KIND_ARTICLE);
        return bool;
    }
}
