package org.marsad.store.backend;

import java.io.IOException;
import java.util.List;
import org.marsad.store.annotate.ArticleAnnotator;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.index.ArchiveSink;
import org.marsad.store.index.ArchiveWriter;
import org.marsad.store.query.ArchiveQueries;
import org.marsad.store.query.ArticleSource;
import org.marsad.store.query.ArticleView;
import org.marsad.store.query.EntityIndex;
import org.marsad.store.query.LuceneEntityIndex;
import org.marsad.store.search.ArchiveSearcher;
import org.marsad.store.search.ArchiveStats;
import org.marsad.store.search.QuerySyntaxException;
import org.marsad.store.search.SearchFilters;
import org.marsad.store.search.SearchHit;
import org.marsad.store.search.SearchResults;

/**
 * The embedded archive (a Lucene index in a folder) as an {@link ArchiveStore}: delegates to
 * {@link ArchiveWriter} and {@link ArchiveSearcher}. The searcher is opened on first use and
 * dropped when a sink opens, so that the next search sees what the sink committed.
 */
public final class LuceneArchiveStore implements ArchiveStore {
    private static final int COMMIT_SECONDS = 30;

    private final ArchiveLocation location;
    private ArchiveSearcher searcher;

    public LuceneArchiveStore(ArchiveLocation location) {
        this.location = location;
    }

    public ArchiveLocation location() {
        return location;
    }

    @Override
    public String describe() {
        return location.dataDir().toAbsolutePath().normalize().toString();
    }

    @Override
    public ArchiveSink openSink(ArticleAnnotator annotator, int commitEvery) throws IOException {
        closeSearcher();
        return new ArchiveWriter(location, commitEvery, COMMIT_SECONDS, annotator);
    }

    /** The searcher over the last commit; throws when there is no archive yet. */
    public synchronized ArchiveSearcher searcher() throws IOException {
        if (searcher == null) {
            searcher = new ArchiveSearcher(location);
        }
        return searcher;
    }

    @Override
    public SearchResults search(String query, SearchFilters filters, int offset, int limit, boolean facets)
            throws QuerySyntaxException, IOException {
        return searcher().search(query, filters, offset, limit, facets);
    }

    @Override
    public ArticleView article(String id) throws IOException {
        return new ArchiveQueries(searcher()).article(id);
    }

    @Override
    public ArticleSource articles() throws IOException {
        return new ArchiveQueries(searcher()).articles();
    }

    @Override
    public EntityIndex entities() throws IOException {
        return new LuceneEntityIndex(searcher());
    }

    @Override
    public List<SearchHit> copiesOf(String id) throws IOException {
        return searcher().copiesOf(id);
    }

    @Override
    public ArchiveStats stats() throws IOException {
        return ArchiveStats.of(location, searcher());
    }

    @Override
    public long articleCount() throws IOException {
        return searcher().searcher().count(new org.apache.lucene.search.TermQuery(
                new org.apache.lucene.index.Term(ArchiveSchema.KIND, ArchiveSchema.KIND_ARTICLE)));
    }

    private synchronized void closeSearcher() throws IOException {
        if (searcher != null) {
            searcher.close();
            searcher = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeSearcher();
    }
}
