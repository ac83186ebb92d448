package org.marsad.store.timeline.archive;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.search.ArchiveQueryParser;
import org.marsad.store.search.QuerySyntaxException;
import org.marsad.store.timeline.Timeline;

/**
 * The timeline of anything a query can name (an entity «وزارة الصحة», a phrase, a source):
 * how many dated articles match it on each day. Until the extractors' entity mentions are
 * indexed, an entity is found by searching its name (with the archive's spelling folding).
 */
public final class ArchiveTimelines {
    private final IndexSearcher searcher;
    private final ArchiveQueryParser parser = new ArchiveQueryParser();

    public ArchiveTimelines(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    public Timeline of(String queryText) throws QuerySyntaxException, IOException {
        Query q = new BooleanQuery.Builder()
                .add(parser.parse(queryText), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(ArchiveSchema.KIND, ArchiveSchema.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
        Map<LocalDate, Integer> counts = new TreeMap<>();
        searcher.search(q, new SimpleCollector() {
            private NumericDocValues days;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                days = context.reader().getNumericDocValues(ArchiveSchema.DATE);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (days != null && days.advanceExact(doc)) {
                    counts.merge(LocalDate.ofEpochDay(days.longValue()), 1, Integer::sum);
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return new Timeline(counts);
    }
}
