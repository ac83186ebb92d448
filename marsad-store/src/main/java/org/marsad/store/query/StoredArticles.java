package org.marsad.store.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.marsad.store.annotate.StoredAnnotations;
import org.marsad.store.index.ArchiveSchema;

/** The embedded index's stored articles with their annotations: by id, the articles of a query newest first, and per day. */
public final class StoredArticles implements ArticleSource {
    private static final Set<String> FIELDS = Set.of(ArchiveSchema.ID, ArchiveSchema.SOURCE, ArchiveSchema.URL,
            ArchiveSchema.TITLE, ArchiveSchema.PUBLISHED, ArchiveSchema.AUTHOR, ArchiveSchema.BODY,
            ArchiveSchema.ANNOTATIONS, ArchiveSchema.NEAR_DUPLICATE_OF);
    private static final Sort NEWEST_FIRST;

    static {
        SortField date = new SortField(ArchiveSchema.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE); // undated articles last
        NEWEST_FIRST = new Sort(date, SortField.FIELD_DOC);
    }

    private final IndexSearcher searcher;

    public StoredArticles(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    @Override
    public boolean hasTerm(String field, String value) throws IOException {
        return searcher.getIndexReader().docFreq(new Term(field, value)) > 0;
    }

    /** The article with this id (not a duplicate record), or null. */
    ArticleView byId(String id) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(ArchiveSchema.ID, id)), BooleanClause.Occur.FILTER);
        b.add(articles(), BooleanClause.Occur.FILTER);
        TopDocs t = searcher.search(b.build(), 1);
        return t.scoreDocs.length == 0 ? null : load(searcher.storedFields(), t.scoreDocs[0].doc);
    }

    ArticleView load(StoredFields stored, int doc) throws IOException {
        Document d = stored.document(doc, FIELDS);
        String body = d.get(ArchiveSchema.BODY);
        String json = d.get(ArchiveSchema.ANNOTATIONS);
        ObjectNode annotations = json == null ? null : StoredAnnotations.decode(json, body);
        String published = d.get(ArchiveSchema.PUBLISHED);
        return new ArticleView(d.get(ArchiveSchema.ID), d.get(ArchiveSchema.SOURCE), d.get(ArchiveSchema.URL),
                d.get(ArchiveSchema.TITLE), published == null ? null : LocalDate.parse(published), d.get(ArchiveSchema.AUTHOR),
                body, annotations, d.get(ArchiveSchema.NEAR_DUPLICATE_OF));
    }

    @Override
    public long forEachNewestFirst(Query query, int maxArticles, Visitor visitor) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(query, BooleanClause.Occur.MUST);
        b.add(articles(), BooleanClause.Occur.FILTER);
        Query q = b.build();
        StoredFields stored = searcher.storedFields();
        int batch = 100;
        int seen = 0;
        ScoreDoc after = null;
        long total = -1;
        while (seen < maxArticles) {
            TopDocs t = after == null ? searcher.search(q, batch, NEWEST_FIRST) : searcher.searchAfter(after, q, batch, NEWEST_FIRST);
            if (total < 0) {
                total = searcher.count(q);
            }
            if (t.scoreDocs.length == 0) {
                break;
            }
            for (ScoreDoc sd : t.scoreDocs) {
                if (seen++ >= maxArticles || !visitor.visit(load(stored, sd.doc))) {
                    return total;
                }
            }
            after = (FieldDoc) t.scoreDocs[t.scoreDocs.length - 1];
            batch = Math.min(batch * 2, 1000);
        }
        return Math.max(total, 0);
    }

    @Override
    public Map<LocalDate, Integer> articlesPerDay(Query query) throws IOException {
        Query q = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(articles(), BooleanClause.Occur.FILTER).build();
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
        return counts;
    }

    static Query articles() {
        return new TermQuery(new Term(ArchiveSchema.KIND, ArchiveSchema.KIND_ARTICLE));
    }
}
