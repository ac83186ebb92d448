package org.marsad.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.marsad.store.annotate.ArticleAnnotator;
import org.marsad.store.annotate.StoredAnnotations;
import org.marsad.store.backend.ArchiveStore;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.index.ArchiveSink;
import org.marsad.store.index.EntityKeys;
import org.marsad.store.query.ArticleSource;
import org.marsad.store.query.ArticleView;
import org.marsad.store.query.EntityIndex;
import org.marsad.store.search.AnnotationFilters;
import org.marsad.store.search.ArchiveQueryParser;
import org.marsad.store.search.ArchiveStats;
import org.marsad.store.search.EntityCount;
import org.marsad.store.search.FacetCount;
import org.marsad.store.search.QuerySyntaxException;
import org.marsad.store.search.SearchFilters;
import org.marsad.store.search.SearchHit;
import org.marsad.store.search.SearchResults;

/**
 * The archive as one index on an OpenSearch cluster. Queries are parsed by the embedded store's
 * {@link ArchiveQueryParser} and sent as the same Lucene query ({@link QueryTranslator}); they run
 * with {@code dfs_query_then_fetch} so that BM25 sees the term statistics of the whole index,
 * not of one shard, as the embedded index does. Ties in score go by article id. Copies of a
 * story are shown once ({@code collapse} on the near-duplicate group). Thread-safe for searches.
 */
public final class OpenSearchStore implements ArchiveStore {
    private static final int TOP_SOURCES = 20;
    private static final int TOP_ENTITIES = 10;
    private static final String[] HIT_FIELDS = {ArchiveSchema.ID, ArchiveSchema.TITLE, IndexDefinition.SOURCE_NAME,
        ArchiveSchema.URL, ArchiveSchema.PUBLISHED, ArchiveSchema.BODY};

    private final ClusterClient client;
    private final String index;
    private final int shards;
    private final int replicas;
    private final BulkSettings bulk;
    private final Retry retry;
    private final ArchiveQueryParser parser = new ArchiveQueryParser();
    /** Set once the index was found: an index is not expected to vanish under a running store. */
    private volatile boolean indexSeen;
    /** Set once the index's mapping was found to hold {@link IndexDefinition#ENTITY_MENTIONS}. */
    private volatile boolean mentionsMapped;

    /** Connects and checks that the cluster answers; the index is created by the first ingest. */
    public OpenSearchStore(OpenSearchAddress address, int shards, int replicas, BulkSettings bulk, Retry retry) throws IOException {
        if (shards < 1 || replicas < 0) {
            throw new IllegalArgumentException("shards must be at least 1 and replicas at least 0");
        }
        this.client = new ClusterClient(address);
        this.index = address.index();
        this.shards = shards;
        this.replicas = replicas;
        this.bulk = bulk;
        this.retry = retry;
        try {
            client.call("GET", "/", (JsonNode) null, null);
        } catch (IOException e) {
            client.close();
            throw e;
        }
    }

    /** With the defaults: 2 shards, 1 replica, {@link BulkSettings#DEFAULT}, {@link Retry#DEFAULT}. */
    public OpenSearchStore(OpenSearchAddress address) throws IOException {
        this(address, 2, 1, BulkSettings.DEFAULT, Retry.DEFAULT);
    }

    public ClusterClient client() {
        return client;
    }

    public String index() {
        return index;
    }

    @Override
    public String describe() {
        return client.address().toString();
    }

    /** Creates the index with the mapping unless it exists; true when it was created. */
    public boolean ensureIndex() throws IOException {
        if (client.status("HEAD", "/" + index) == 200) {
            return false;
        }
        try {
            client.call("PUT", "/" + index, IndexDefinition.create(shards, replicas), null);
        } catch (ClusterException e) {
            if (e.getMessage().contains("resource_already_exists_exception")) {
                return false;
            }
            throw e;
        }
        client.call("GET", "/_cluster/health/" + index, (JsonNode) null, Map.of("wait_for_status", "yellow", "timeout", "60s"));
        return true;
    }

    @Override
    public ArchiveSink openSink(ArticleAnnotator annotator, int commitEvery) throws IOException {
        ensureIndex();
        return new ClusterSink(client, index, bulk, retry, annotator, commitEvery);
    }

    @Override
    public SearchResults search(String queryText, SearchFilters filters, int offset, int limit, boolean facets)
            throws QuerySyntaxException, IOException {
        long t0 = System.nanoTime();
        requireIndex();
        ObjectNode bool = ClusterClient.JSON.createObjectNode();
        ObjectNode b = bool.putObject("bool");
        ArrayNode filter = b.putArray("filter");
        if (queryText == null || queryText.isBlank()) {
            filter.addObject().putObject("term").put(ArchiveSchema.KIND, ArchiveSchema.KIND_ARTICLE);
        } else {
            Query q = parser.parse(queryText);
            try {
                b.putArray("must").add(QueryTranslator.translate(q));
            } catch (IllegalArgumentException e) {
                throw new QuerySyntaxException("cannot run «" + queryText + "» on the cluster: " + e.getMessage());
            }
        }
        addFilters(filter, filters);
        ObjectNode req = ClusterClient.JSON.createObjectNode();
        req.set("query", bool);
        req.put("from", Math.max(0, offset)).put("size", Math.max(0, limit)).put("track_total_hits", true);
        ArrayNode sort = req.putArray("sort");
        sort.addObject().put("_score", "desc");
        sort.addObject().put(ArchiveSchema.ID, "asc");
        req.putObject("collapse").put("field", ArchiveSchema.GROUP);
        ArrayNode src = req.putArray("_source");
        for (String f : HIT_FIELDS) {
            src.add(f);
        }
        HitSnippets.request(req);
        if (facets) {
            facetAggs(req.putObject("aggs"));
        }
        JsonNode answer = read("/_search", req, Map.of("search_type", "dfs_query_then_fetch", "allow_partial_search_results", "false"));
        JsonNode hitsNode = answer.path("hits").path("hits");
        Map<String, Long> groupSizes = groupSizes(hitsNode);
        List<SearchHit> hits = new ArrayList<>();
        for (JsonNode h : hitsNode) {
            JsonNode s = h.path("_source");
            String group = h.path("fields").path(ArchiveSchema.GROUP).path(0).asText(null);
            long size = group == null ? 1 : groupSizes.getOrDefault(group, 1L);
            hits.add(new SearchHit(s.path(ArchiveSchema.ID).asText(), text(s, ArchiveSchema.TITLE), text(s, IndexDefinition.SOURCE_NAME),
                    text(s, ArchiveSchema.URL), date(text(s, ArchiveSchema.PUBLISHED)), (float) h.path("_score").asDouble(),
                    HitSnippets.of(h, text(s, ArchiveSchema.BODY)), (int) Math.max(0, size - 1)));
        }
        long total = answer.path("hits").path("total").path("value").asLong();
        List<FacetCount> bySource = List.of();
        List<FacetCount> byMonth = List.of();
        List<EntityCount> byEntity = List.of();
        if (facets) {
            JsonNode aggs = answer.path("aggregations");
            bySource = buckets(aggs.path("source"));
            byMonth = buckets(aggs.path("month"));
            byMonth.sort(Comparator.comparing(FacetCount::value));
            byEntity = entities(aggs);
        }
        return new SearchResults(queryText == null ? "" : queryText, total, hits, bySource, byMonth, byEntity,
                (System.nanoTime() - t0) / 1e6);
    }

    private void addFilters(ArrayNode filter, SearchFilters f) throws IOException {
        if (f.source() != null && !f.source().isBlank()) {
            filter.addObject().putObject("term").put(ArchiveSchema.SOURCE, f.source().strip().toLowerCase(Locale.ROOT));
        }
        if (f.from() != null || f.to() != null) {
            ObjectNode r = filter.addObject().putObject("range").putObject(ArchiveSchema.DATE);
            if (f.from() != null) {
                r.put("gte", f.from().toEpochDay());
            }
            if (f.to() != null) {
                r.put("lte", f.to().toEpochDay());
            }
        }
        if (f.entity() != null && !f.entity().isBlank()) {
            String e = f.entity().strip();
            Query exact = AnnotationFilters.entityExact(e);
            boolean useExact = AnnotationFilters.isEntityKey(e) || count(QueryTranslator.translate(exact)) > 0;
            filter.add(QueryTranslator.translate(useExact ? exact : AnnotationFilters.phrase(ArchiveSchema.ENTITY, e)));
        }
        if (f.speaker() != null && !f.speaker().isBlank()) {
            String s = f.speaker().strip();
            ObjectNode key = ClusterClient.JSON.createObjectNode();
            key.putObject("term").put(ArchiveSchema.SPEAKER_KEY, EntityKeys.name(s));
            filter.add(count(key) > 0 ? key : QueryTranslator.translate(AnnotationFilters.phrase(ArchiveSchema.SPEAKER, s)));
        }
    }

    long count(ObjectNode query) throws IOException {
        ObjectNode req = ClusterClient.JSON.createObjectNode();
        req.set("query", query);
        return read("/_count", req, Map.of()).path("count").asLong();
    }

    /** Members of each shown group (duplicate records included), from one terms aggregation. */
    private Map<String, Long> groupSizes(JsonNode hits) throws IOException {
        Map<String, Long> out = new HashMap<>();
        if (hits.isEmpty()) {
            return out;
        }
        ObjectNode req = ClusterClient.JSON.createObjectNode();
        req.put("size", 0);
        ArrayNode groups = req.putObject("query").putObject("terms").putArray(ArchiveSchema.GROUP);
        for (JsonNode h : hits) {
            String g = h.path("fields").path(ArchiveSchema.GROUP).path(0).asText(null);
            if (g != null) {
                groups.add(g);
            }
        }
        req.putObject("aggs").putObject("g").putObject("terms").put("field", ArchiveSchema.GROUP).put("size", groups.size());
        JsonNode answer = client.call("POST", "/" + index + "/_search", req, null);
        for (JsonNode bucket : answer.path("aggregations").path("g").path("buckets")) {
            out.put(bucket.path("key").asText(), bucket.path("doc_count").asLong());
        }
        return out;
    }

    /**
     * A read with retries: while a node is down or a replica is being promoted the cluster answers
     * 503 (no partial results are taken: a hit list missing a shard would be wrong, not slow).
     */
    JsonNode read(String endpoint, ObjectNode req, Map<String, String> params) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                JsonNode answer = client.call("POST", "/" + index + endpoint, req, params);
                int failed = answer.path("_shards").path("failed").asInt(0);
                if (failed == 0) {
                    return answer;
                }
                if (attempt + 1 >= retry.attempts()) {
                    throw new ClusterException(503, failed + " shards of " + index + " on " + client.address()
                            + " did not answer", null);
                }
            } catch (ClusterException e) {
                if (!e.retryable() || attempt + 1 >= retry.attempts()) {
                    throw e;
                }
            }
            retry.sleep(attempt);
        }
    }

    private static void facetAggs(ObjectNode aggs) {
        aggs.putObject("source").putObject("terms").put("field", IndexDefinition.SOURCE_NAME).put("size", TOP_SOURCES)
                .put("shard_size", 1000);
        aggs.putObject("month").putObject("terms").put("field", ArchiveSchema.MONTH).put("size", 10_000);
        for (String type : ArchiveSchema.ENTITY_TYPES) {
            aggs.putObject("entity_" + type).putObject("terms").put("field", IndexDefinition.ENTITY_FACET)
                    .put("size", TOP_ENTITIES).put("shard_size", 1000).put("include", type + "/.*");
        }
    }

    private List<EntityCount> entities(JsonNode aggs) throws IOException {
        List<EntityCount> out = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (String type : ArchiveSchema.ENTITY_TYPES) {
            for (JsonNode bucket : aggs.path("entity_" + type).path("buckets")) {
                keys.add(bucket.path("key").asText());
            }
        }
        Map<String, String> names = EntityLabels.displayNames(client, index, keys);
        for (String type : ArchiveSchema.ENTITY_TYPES) {
            for (JsonNode bucket : aggs.path("entity_" + type).path("buckets")) {
                String key = bucket.path("key").asText();
                out.add(new EntityCount(type, key, names.getOrDefault(key, EntityKeys.nameOf(key)), bucket.path("doc_count").asLong()));
            }
        }
        out.sort(Comparator.comparingLong(EntityCount::count).reversed().thenComparing(EntityCount::key));
        return out;
    }

    private static List<FacetCount> buckets(JsonNode agg) {
        List<FacetCount> out = new ArrayList<>();
        for (JsonNode bucket : agg.path("buckets")) {
            out.add(new FacetCount(bucket.path("key").asText(), bucket.path("doc_count").asLong()));
        }
        return out;
    }

    @Override
    public ArticleView article(String id) throws IOException {
        requireIndex();
        JsonNode s = source(id);
        if (s == null || !ArchiveSchema.KIND_ARTICLE.equals(s.path(ArchiveSchema.KIND).asText())) {
            return null;
        }
        return view(s);
    }

    /** A stored article as the views read it, from its {@code _source}. */
    static ArticleView view(JsonNode s) {
        String body = text(s, ArchiveSchema.BODY);
        String json = text(s, ArchiveSchema.ANNOTATIONS);
        return new ArticleView(s.path(ArchiveSchema.ID).asText(), text(s, IndexDefinition.SOURCE_NAME), text(s, ArchiveSchema.URL),
                text(s, ArchiveSchema.TITLE), date(text(s, ArchiveSchema.PUBLISHED)), text(s, ArchiveSchema.AUTHOR), body,
                json == null ? null : StoredAnnotations.decode(json, body), text(s, ArchiveSchema.NEAR_DUPLICATE_OF));
    }

    @Override
    public ArticleSource articles() throws IOException {
        requireIndex();
        return new ClusterArticles(this);
    }

    @Override
    public EntityIndex entities() throws IOException {
        requireIndex();
        if (!mentionsMapped) {
            // an index from before the field would list no entity: say so instead
            JsonNode m = client.call("GET", "/" + index + "/_mapping/field/" + IndexDefinition.ENTITY_MENTIONS + ".key",
                    (JsonNode) null, null);
            boolean mapped = false;
            for (JsonNode perIndex : m) {
                mapped |= !perIndex.path("mappings").isEmpty();
            }
            if (!mapped) {
                throw new ClusterException(409, "index '" + index + "' on " + client.address() + " was created before entity"
                        + " mention counts (" + IndexDefinition.ENTITY_MENTIONS + "): ingest into a new index to list entities", null);
            }
            mentionsMapped = true;
        }
        return new ClusterEntities(this);
    }

    private JsonNode source(String id) throws IOException {
        try {
            JsonNode d = client.call("GET", "/" + index + "/_doc/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"), (JsonNode) null, null);
            return d.path("found").asBoolean() ? d.path("_source") : null;
        } catch (ClusterException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    @Override
    public List<SearchHit> copiesOf(String id) throws IOException {
        requireIndex();
        JsonNode s = source(id);
        if (s == null || !s.hasNonNull(ArchiveSchema.GROUP)) {
            return List.of();
        }
        ObjectNode req = ClusterClient.JSON.createObjectNode();
        req.put("size", 10_000);
        req.putObject("query").putObject("term").put(ArchiveSchema.GROUP, s.get(ArchiveSchema.GROUP).asText());
        req.putArray("sort").addObject().put(IndexDefinition.SEQ, "asc");
        ArrayNode src = req.putArray("_source");
        for (String f : new String[] {ArchiveSchema.ID, ArchiveSchema.TITLE, IndexDefinition.SOURCE_NAME, ArchiveSchema.URL,
            ArchiveSchema.PUBLISHED}) {
            src.add(f);
        }
        List<SearchHit> out = new ArrayList<>();
        for (JsonNode h : client.call("POST", "/" + index + "/_search", req, null).path("hits").path("hits")) {
            JsonNode m = h.path("_source");
            if (id.equals(m.path(ArchiveSchema.ID).asText())) {
                continue;
            }
            out.add(new SearchHit(m.path(ArchiveSchema.ID).asText(), text(m, ArchiveSchema.TITLE), text(m, IndexDefinition.SOURCE_NAME),
                    text(m, ArchiveSchema.URL), date(text(m, ArchiveSchema.PUBLISHED)), 0f, null, 0));
        }
        return out;
    }

    @Override
    public ArchiveStats stats() throws IOException {
        requireIndex();
        ObjectNode req = ClusterClient.JSON.createObjectNode();
        req.put("size", 0).put("track_total_hits", true);
        ObjectNode aggs = req.putObject("aggs");
        aggs.putObject("kinds").putObject("terms").put("field", ArchiveSchema.KIND).put("size", 10);
        ObjectNode articles = aggs.putObject("articles");
        articles.putObject("filter").putObject("term").put(ArchiveSchema.KIND, ArchiveSchema.KIND_ARTICLE);
        ObjectNode sub = articles.putObject("aggs");
        sub.putObject("dated").putObject("value_count").put("field", ArchiveSchema.DATE);
        sub.putObject("first").putObject("min").put("field", ArchiveSchema.DATE);
        sub.putObject("last").putObject("max").put("field", ArchiveSchema.DATE);
        sub.putObject("sources").putObject("terms").put("field", IndexDefinition.SOURCE_NAME).put("size", 10_000);
        JsonNode a = client.call("POST", "/" + index + "/_search", req, null).path("aggregations");
        long nArticles = 0;
        long nDuplicates = 0;
        for (JsonNode bucket : a.path("kinds").path("buckets")) {
            if (ArchiveSchema.KIND_ARTICLE.equals(bucket.path("key").asText())) {
                nArticles = bucket.path("doc_count").asLong();
            } else if (ArchiveSchema.KIND_DUPLICATE.equals(bucket.path("key").asText())) {
                nDuplicates = bucket.path("doc_count").asLong();
            }
        }
        JsonNode art = a.path("articles");
        long dated = art.path("dated").path("value").asLong();
        List<FacetCount> sources = buckets(art.path("sources"));
        JsonNode first = art.path("first").path("value");
        JsonNode last = art.path("last").path("value");
        JsonNode st = client.call("GET", "/" + index + "/_stats/store", (JsonNode) null, null);
        long bytes = st.path("_all").path("primaries").path("store").path("size_in_bytes").asLong();
        return new ArchiveStats(nArticles, nDuplicates, nArticles - dated, sources,
                first.isNumber() ? LocalDate.ofEpochDay(first.asLong()) : null,
                last.isNumber() ? LocalDate.ofEpochDay(last.asLong()) : null, bytes);
    }

    @Override
    public long articleCount() throws IOException {
        requireIndex();
        ObjectNode q = ClusterClient.JSON.createObjectNode();
        q.putObject("term").put(ArchiveSchema.KIND, ArchiveSchema.KIND_ARTICLE);
        return count(q);
    }

    /** The cluster's health: green, yellow or red. */
    public String health() throws IOException {
        return client.call("GET", "/_cluster/health", (JsonNode) null, null).path("status").asText();
    }

    private void requireIndex() throws IOException {
        if (indexSeen) {
            return;
        }
        if (client.status("HEAD", "/" + index) != 200) {
            throw new ClusterException(404, "no archive index '" + index + "' on " + client.address()
                    + " (run marsad ingest --store " + client.address() + " first)", null);
        }
        indexSeen = true;
    }

    private static String text(JsonNode s, String field) {
        JsonNode v = s.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
