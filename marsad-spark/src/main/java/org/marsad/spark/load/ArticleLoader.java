package org.marsad.spark.load;

import org.marsad.extract.doc.Doc;
import org.marsad.store.article.Article;

/**
 * Where enriched articles go besides the job's output files, e.g. a bulk loader of the OpenSearch
 * store. One is opened per partition; a retried task loads its articles again, so a loader must
 * be idempotent by {@link Article#id()}.
 */
public interface ArticleLoader extends AutoCloseable {
    void add(Article article, Doc doc) throws Exception;

    /** Flushes what is buffered; called once at the end of the partition. */
    @Override
    void close() throws Exception;
}
