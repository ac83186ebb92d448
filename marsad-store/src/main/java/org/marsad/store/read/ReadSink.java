package org.marsad.store.read;

import org.marsad.store.article.Article;

/** Where a reader puts what it read: articles, and rejections for what it could not read. */
public interface ReadSink {
    /** An article read from {@code origin} (file, or file:line). */
    void article(Article article, String origin);

    void reject(Rejection rejection);

    /** Bytes of the current file consumed so far; lets a progress bar move inside a big file. */
    default void progress(long bytesRead) {}
}
