package org.marsad.spark.load;

import java.io.IOException;
import org.apache.spark.TaskContext;
import org.marsad.extract.doc.Doc;
import org.marsad.opensearch.BatchLoader;
import org.marsad.opensearch.BulkSettings;
import org.marsad.opensearch.OpenSearchAddress;
import org.marsad.opensearch.Retry;
import org.marsad.store.article.Article;

/**
 * Bulk-loads the enriched articles into the OpenSearch store ({@code --store opensearch://...}):
 * each partition through its own {@link BatchLoader}, documents created under the article id, so
 * a retried task loads nothing twice. Built on the driver by {@link #prepare}, which creates the
 * index with the store's mapping when it is missing; shipped to the executors holding only the
 * address and the first free document number.
 */
public final class OpenSearchLoaders implements ArticleLoaderFactory {
    private static final long serialVersionUID = 1L;
    /** Document numbers per partition: partition p numbers its articles from first + p * 2^32. */
    private static final int PARTITION_SHIFT = 32;

    private final String address;
    private final long firstSeq;

    private OpenSearchLoaders(String address, long firstSeq) {
        this.address = address;
        this.firstSeq = firstSeq;
    }

    /**
     * Parses {@code store} (throws {@link IllegalArgumentException} with a one-line reason), creates
     * the index unless it exists ({@code shards} primaries, {@code replicas} replicas each), and
     * returns the factory for the executors.
     */
    public static OpenSearchLoaders prepare(String store, int shards, int replicas) throws IOException {
        OpenSearchAddress a = OpenSearchAddress.parse(store);
        return new OpenSearchLoaders(a.toString(), BatchLoader.prepare(a, shards, replicas));
    }

    /** The store, as {@code opensearch://HOST:PORT,.../INDEX}. */
    public String address() {
        return address;
    }

    @Override
    public ArticleLoader open() {
        TaskContext task = TaskContext.get();
        long partition = task == null ? 0 : task.partitionId();
        BatchLoader loader = new BatchLoader(OpenSearchAddress.parse(address), firstSeq + (partition << PARTITION_SHIFT),
                BulkSettings.DEFAULT, Retry.DEFAULT);
        return new ArticleLoader() {
            @Override
            public void add(Article article, Doc doc) throws IOException {
                loader.add(article, doc);
            }

            @Override
            public void close() throws IOException {
                loader.close();
            }
        };
    }
}
