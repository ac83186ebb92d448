package org.marsad.store.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.apache.lucene.search.Query;

/**
 * The stored articles a list view walks, whichever store holds them: the articles a query selects,
 * newest first (undated last, equal dates in indexing order), each with its stored annotations.
 * The query is a Lucene query over the fields of {@link org.marsad.store.index.ArchiveSchema}; a
 * cluster store translates it. Quotes, claims, story input and timelines run the same code over either.
 */
public interface ArticleSource {
    /** True when some record of the archive holds {@code value} in the untokenized {@code field}. */
    boolean hasTerm(String field, String value) throws IOException;

    /**
     * Visits the articles (not duplicate records) {@code query} matches, newest first, until the
     * visitor says stop or {@code maxArticles} were seen; returns how many articles the query matches.
     */
    long forEachNewestFirst(Query query, int maxArticles, Visitor visitor) throws IOException;

    /** How many dated articles (not duplicate records) {@code query} matches on each day. */
    Map<LocalDate, Integer> articlesPerDay(Query query) throws IOException;

    /** Receives articles one at a time; returns false to stop. */
    interface Visitor {
        boolean visit(ArticleView article) throws IOException;
    }
}
