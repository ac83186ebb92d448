package org.marsad.store.timeline.archive;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.marsad.store.query.ArticleSource;
import org.marsad.store.query.StoredArticles;
import org.marsad.store.search.ArchiveQueryParser;
import org.marsad.store.search.QuerySyntaxException;
import org.marsad.store.timeline.Timeline;

/**
 * The timeline of anything a query can name (an entity «وزارة الصحة», a phrase, a source):
 * how many dated articles match it on each day, over any store's {@link ArticleSource}. Until
 * the extractors' entity mentions are indexed, an entity is found by searching its name (with
 * the archive's spelling folding).
 */
public final class ArchiveTimelines {
    private final ArticleSource articles;
    private final ArchiveQueryParser parser = new ArchiveQueryParser();

    public ArchiveTimelines(ArticleSource articles) {
        this.articles = articles;
    }

    /** Over the embedded index. */
    public ArchiveTimelines(IndexSearcher searcher) {
        this(new StoredArticles(searcher));
    }

    public Timeline of(String queryText) throws QuerySyntaxException, IOException {
        return new Timeline(articles.articlesPerDay(parser.parse(queryText)));
    }
}
