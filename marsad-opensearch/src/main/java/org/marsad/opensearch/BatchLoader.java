package org.marsad.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.marsad.extract.doc.Doc;
import org.marsad.store.article.Article;
import org.marsad.store.article.ArticleKeys;
import org.marsad.store.dedup.NearDuplicateIndex;

/**
 * Loads analyzed articles into a cluster index from many writers at once (the Spark batch job
 * opens one per partition). Each article becomes the document that ingest writes for a new article
 * ({@link ArticleJson}: annotations, body key, near-duplicate signature), created under its id, so
 * loading an article again (a retried task) changes nothing. What ingest decides with its view of
 * the whole index is not done here: an article whose body is already in the index under another
 * id (another source) is not turned into a duplicate record, and near-duplicates are not linked;
 * each loaded article is its own original. A later {@code marsad ingest --store} into the same index
 * reads the loaded ids, body keys and signatures and links new articles to them as usual.
 */
public final class BatchLoader implements Closeable {
    private final ClusterClient client;
    private final BulkIndexer bulk;
    private final NearDuplicateIndex signatures = new NearDuplicateIndex();
    private long seq;
    private long added;

    /**
     * Opens a loader whose documents are numbered (the index's order of indexing) from
     * {@code firstSeq}; writers running at once must be given ranges that do not overlap.
     */
    public BatchLoader(OpenSearchAddress address, long firstSeq, BulkSettings settings, Retry retry) {
        this.client = new ClusterClient(address);
        this.bulk = new BulkIndexer(client, address.index(), settings, retry);
        this.seq = firstSeq;
    }

    /**
     * Creates the index with the archive mapping unless it exists (once, before the writers start),
     * and returns the first free document number: one past the highest in the index, 0 when empty.
     */
    public static long prepare(OpenSearchAddress address, int shards, int replicas) throws IOException {
        try (OpenSearchStore store = new OpenSearchStore(address, shards, replicas, BulkSettings.DEFAULT, Retry.DEFAULT)) {
            store.ensureIndex();
            ClusterClient c = store.client();
            c.call("POST", "/" + address.index() + "/_refresh", (JsonNode) null, null);
            ObjectNode req = ClusterClient.JSON.createObjectNode();
            req.put("size", 0);
            req.putObject("aggs").putObject("last").putObject("max").put("field", IndexDefinition.SEQ);
            JsonNode last = c.call("POST", "/" + address.index() + "/_search", req, null).path("aggregations").path("last").path("value");
            return last.isNumber() ? last.asLong() + 1 : 0;
        }
    }

    /** Queues one article with its annotations ({@code doc} is the analysis of its body; null: none). */
    public void add(Article a, Doc doc) throws IOException {
        ObjectNode json = ArticleJson.article(seq++, a, ArticleKeys.bodyKey(a.body()), signatures.signature(a.body()), null, doc);
        bulk.add(a.id(), a.id(), json);
        added++;
    }

    /** Articles queued so far. */
    public long added() {
        return added;
    }

    /** Sends what is queued and waits for the answers; throws naming the articles the cluster refused. */
    @Override
    public void close() throws IOException {
        try {
            bulk.close();
            List<BulkIndexer.Failure> refused = bulk.takeFailures();
            if (!refused.isEmpty()) {
                BulkIndexer.Failure f = refused.get(0);
                throw new IOException(refused.size() + " of " + added + " articles refused by " + client.address()
                        + ", e.g. article " + f.id() + ": " + f.reason());
            }
        } finally {
            client.close();
        }
    }
}
