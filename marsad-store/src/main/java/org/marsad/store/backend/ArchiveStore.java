package org.marsad.store.backend;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.marsad.store.annotate.ArticleAnnotator;
import org.marsad.store.index.ArchiveSink;
import org.marsad.store.query.ArticleSource;
import org.marsad.store.query.ArticleView;
import org.marsad.store.query.EntityIndex;
import org.marsad.store.search.ArchiveStats;
import org.marsad.store.search.QuerySyntaxException;
import org.marsad.store.search.SearchFilters;
import org.marsad.store.search.SearchHit;
import org.marsad.store.search.SearchResults;

/**
 * An archive as ingest, search, stats and the article view use it. Every store takes the same
 * query syntax ({@link org.marsad.store.search.ArchiveQueryParser}) and ranks with the same BM25
 * over the same analyzed fields, so the same input gives the same hits. Search is thread-safe;
 * one sink writes at a time.
 */
public interface ArchiveStore extends Closeable {
    /** Where the archive lives, for messages: a folder or a cluster address. */
    String describe();

    /**
     * Opens the writer of new articles, each run through {@code annotator} (null: no extraction),
     * made durable at least every {@code commitEvery} articles. Searches see them after its commit.
     */
    ArchiveSink openSink(ArticleAnnotator annotator, int commitEvery) throws IOException;

    /**
     * A query (blank: every article) narrowed by {@code filters}: hits {@code offset} to
     * {@code offset + limit}, copies of one story shown once, best first, with snippets, and
     * facets by source, month and entity when {@code facets} is set.
     */
    SearchResults search(String query, SearchFilters filters, int offset, int limit, boolean facets)
            throws QuerySyntaxException, IOException;

    /** The stored article with its annotations, or null when no article has this id. */
    ArticleView article(String id) throws IOException;

    /**
     * The stored articles with their annotations, walked newest first, and counted per day: what
     * the quote and claim lists ({@link org.marsad.store.query.AnnotationLists}), the story input
     * and the timelines read, the same code on every store.
     */
    ArticleSource articles() throws IOException;

    /**
     * The entity counts (articles and mentions per entity, per day, named together) that the
     * entity list and profile ({@link org.marsad.store.query.EntityViews}) read, the same code on every store.
     */
    EntityIndex entities() throws IOException;

    /** The other articles of {@code id}'s near-duplicate group, first indexed first; empty when none. */
    List<SearchHit> copiesOf(String id) throws IOException;

    /** Articles, duplicates, sources, date range and size. */
    ArchiveStats stats() throws IOException;

    /** Searchable articles (exact duplicate records not counted). */
    long articleCount() throws IOException;
}
