package org.marsad.store.search;

import java.io.Closeable;
import java.io.IOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.index.HitFields;

/**
 * Searches an archive: BM25 over title and body, a highlighted snippet per hit from the offsets
 * stored in the postings, facet counts by source and month. Opens the last commit; thread-safe
 * for concurrent searches.
 */
public final class ArchiveSearcher implements Closeable {
    private static final Set<String> STORED = Set.of(ArchiveSchema.ID, ArchiveSchema.TITLE, ArchiveSchema.SOURCE,
            ArchiveSchema.URL, ArchiveSchema.PUBLISHED);

    private final Directory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState;
    private final ArchiveQueryParser parser = new ArchiveQueryParser();
    private final Highlighter highlighter;
    /** Sizes and members of the copy groups of {@link #reader}, read at the first search that shows hits. */
    private volatile GroupSizes groupSizes;
    /** Sources listed in a search's facet. */
    private static final int TOP_SOURCES = 20;
    /** Entities of each type listed in a search's facet. */
    private static final int TOP_ENTITIES = 10;

    public ArchiveSearcher(ArchiveLocation location) throws IOException {
        if (!location.exists()) {
            throw new IOException("no archive at " + location.dataDir().toAbsolutePath()
                    + " (run marsad ingest first, or pass --data DIR)");
        }
        this.dir = location.open();
        this.reader = DirectoryReader.open(dir);
        this.searcher = new IndexSearcher(reader);
        this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, ArchiveSchema.facetsConfig()) : null;
        this.highlighter = new Highlighter(searcher);
    }

    private static boolean hasFacets(DirectoryReader r) {
        return r.leaves().stream().anyMatch(l -> l.reader().getFieldInfos().fieldInfo(
                org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public DirectoryReader reader() {
        return reader;
    }

    /** Parses and runs a query: top {@code limit} hits with snippets, and facets when {@code facets} is set. */
    public SearchResults search(String queryText, int limit, boolean facets) throws QuerySyntaxException, IOException {
        return search(queryText, limit, facets, true);
    }

    /** As {@link #search(String, int, boolean)}; without {@code snippets} the hits have no snippet (for benchmarks). */
    public SearchResults search(String queryText, int limit, boolean facets, boolean snippets)
            throws QuerySyntaxException, IOException {
        long t0 = System.nanoTime();
        Query query = parser.parse(queryText);
        return run(queryText, query, 0, limit, facets, snippets, TOP_SOURCES, t0);
    }

    /**
     * A query (blank for every article) narrowed by {@code filters}: hits {@code offset} to
     * {@code offset + limit} (copies of one story count once), with snippets, and facets when asked.
     */
    public SearchResults search(String queryText, SearchFilters filters, int offset, int limit, boolean facets)
            throws QuerySyntaxException, IOException {
        long t0 = System.nanoTime();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (queryText == null || queryText.isBlank()) {
            b.add(new TermQuery(new Term(ArchiveSchema.KIND, ArchiveSchema.KIND_ARTICLE)), BooleanClause.Occur.FILTER);
        } else {
            b.add(parser.parse(queryText), BooleanClause.Occur.MUST);
        }
        if (filters.source() != null && !filters.source().isBlank()) {
            b.add(new TermQuery(new Term(ArchiveSchema.SOURCE, filters.source().strip().toLowerCase(Locale.ROOT))),
                    BooleanClause.Occur.FILTER);
        }
        if (filters.from() != null || filters.to() != null) {
            long from = filters.from() == null ? Long.MIN_VALUE : filters.from().toEpochDay();
            long to = filters.to() == null ? Long.MAX_VALUE : filters.to().toEpochDay();
            b.add(org.apache.lucene.document.LongPoint.newRangeQuery(ArchiveSchema.DATE, from, to), BooleanClause.Occur.FILTER);
        }
        if (filters.entity() != null && !filters.entity().isBlank()) {
            b.add(AnnotationFilters.entity(reader, filters.entity().strip()), BooleanClause.Occur.FILTER);
        }
        if (filters.speaker() != null && !filters.speaker().isBlank()) {
            b.add(AnnotationFilters.speaker(reader, filters.speaker().strip()), BooleanClause.Occur.FILTER);
        }
        return run(queryText == null ? "" : queryText, b.build(), Math.max(0, offset), limit, facets, true, TOP_SOURCES, t0);
    }

    /** Facet counts over the articles {@code query} matches, no hits: what stats needs. {@code sourceLimit} 0 lists all sources. */
    SearchResults searchQuery(Query query, int sourceLimit) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(query, BooleanClause.Occur.MUST);
        b.add(new TermQuery(new Term(ArchiveSchema.KIND, ArchiveSchema.KIND_ARTICLE)), BooleanClause.Occur.FILTER);
        return run(query.toString(), b.build(), 0, 0, true, false, sourceLimit, System.nanoTime());
    }

    private SearchResults run(String queryText, Query query, int offset, int limit, boolean facets, boolean snippets,
            int sourceLimit, long t0) throws IOException {
        int n = Math.max(1, offset + limit);
        // copies of one wire story are shown once: fetch extra hits, keep one per near-duplicate group
        int fetch = DuplicateCollapser.fetchSize(n);
        TopDocs top;
        List<FacetCount> bySource = List.of();
        List<FacetCount> byMonth = List.of();
        List<EntityCount> byEntity = List.of();
        if (facets && facetState != null) {
            FacetsCollectorManager.FacetsResult fr = FacetsCollectorManager.search(searcher, query, fetch, new FacetsCollectorManager());
            top = fr.topDocs();
            FacetsCollector fc = fr.facetsCollector();
            Facets counts = new SortedSetDocValuesFacetCounts(facetState, fc);
            bySource = counts(counts, ArchiveSchema.SOURCE, false, sourceLimit);
            byMonth = counts(counts, ArchiveSchema.MONTH, true, 0);
            byEntity = entityCounts(counts, TOP_ENTITIES);
        } else {
            // a small top-k first (the scorer skips more); the full fetch only when it held too few groups
            top = searcher.search(query, DuplicateCollapser.firstFetchSize(n));
        }
        List<SearchHit> hits = List.of();
        if (limit > 0) {
            hits = hits(query, collapse(query, top, n, fetch), snippets);
        }
        hits = hits.size() <= offset ? List.of() : hits.subList(offset, hits.size());
        return new SearchResults(queryText, top.totalHits.value(), hits, bySource, byMonth, byEntity,
                (System.nanoTime() - t0) / 1e6);
    }

    /**
     * The first {@code n} groups in the order every store ranks: score, then article id (so that
     * of copies with the same text, the one with the smallest id stands for the group). A
     * score-only top-k is exact up to its last run of equal scores, which may go on past it with
     * smaller ids: that run is left out, and a larger score-only top-k (the scorer still skips) is
     * fetched while too few groups remain. Only when one run of equal scores fills the whole top-k
     * (a filter alone, a negation) does the index sort by score and id, which cannot skip.
     */
    private DuplicateCollapser.Collapsed collapse(Query query, TopDocs top, int n, int fetch) throws IOException {
        int k = Math.max(fetch, top.scoreDocs.length);
        while (true) {
            ScoreDoc[] docs = top.scoreDocs;
            boolean cut = docs.length > 0 && (top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO
                    || docs.length < top.totalHits.value());
            int whole = docs.length;
            if (cut) {
                float last = docs[docs.length - 1].score;
                while (whole > 0 && docs[whole - 1].score == last) {
                    whole--;
                }
            }
            ScoreDoc[] ranked = DuplicateCollapser.byScoreThenId(searcher, java.util.Arrays.copyOf(docs, whole));
            DuplicateCollapser.Collapsed shown = DuplicateCollapser.collapse(searcher, groupSizes(), ranked, n);
            if (shown.hits().length >= n || !cut) {
                return shown;
            }
            if (whole == 0) {
                break;
            }
            if (docs.length >= k) {
                k *= 4;
            }
            top = searcher.search(query, k);
        }
        DuplicateCollapser.Collapsed shown;
        boolean cut = true;
        do {
            TopDocs sorted = searcher.search(query, k, ArticleIdOrder.SCORE_THEN_ID, true);
            cut = sorted.scoreDocs.length == k;
            shown = DuplicateCollapser.collapse(searcher, groupSizes(), sorted.scoreDocs, n);
            k *= 4;
        } while (shown.hits().length < n && cut);
        return shown;
    }

    private List<SearchHit> hits(Query query, DuplicateCollapser.Collapsed collapsed, boolean withSnippets)
            throws IOException {
        ScoreDoc[] shown = collapsed.hits();
        int[] docs = new int[shown.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = shown[i].doc;
        }
        Object[] snippets = docs.length == 0 || !withSnippets ? new Object[docs.length] : highlighter.snippets(query, docs);
        List<SearchHit> out = new ArrayList<>(docs.length);
        var stored = searcher.storedFields();
        for (int i = 0; i < docs.length; i++) {
            ScoreDoc sd = shown[i];
            HitFields.Values v = hitFields(sd.doc);
            if (v == null) { // an article from before the hit doc values
                Document d = stored.document(sd.doc, STORED);
                v = new HitFields.Values(d.get(ArchiveSchema.ID), d.get(ArchiveSchema.TITLE), d.get(ArchiveSchema.SOURCE),
                        d.get(ArchiveSchema.URL), d.get(ArchiveSchema.PUBLISHED));
            }
            out.add(new SearchHit(v.id(), v.title(), v.source(), v.url(), v.published() == null ? null : LocalDate.parse(v.published()),
                    sd.score, (Snippet) snippets[i], DuplicateCollapser.copies(searcher, groupSizes(), collapsed.groups()[i])));
        }
        return out;
    }

    /** What hit {@code doc} (of the whole reader) shows, from doc values; null when it has none. */
    private HitFields.Values hitFields(int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues dv = leaf.reader().getBinaryDocValues(ArchiveSchema.HIT);
        return dv != null && dv.advanceExact(doc - leaf.docBase) ? HitFields.decode(dv.binaryValue()) : null;
    }

    private GroupSizes groupSizes() throws IOException {
        GroupSizes g = groupSizes;
        if (g == null) {
            synchronized (this) {
                g = groupSizes;
                if (g == null) {
                    g = GroupSizes.of(reader);
                    groupSizes = g;
                }
            }
        }
        return g;
    }

    /**
     * The other articles of {@code id}'s near-duplicate group (its original and copies, exact
     * duplicate records included), first indexed first; empty if it has none or is unknown.
     */
    public List<SearchHit> copiesOf(String id) throws IOException {
        TopDocs t = searcher.search(new TermQuery(new Term(ArchiveSchema.ID, id)), 1);
        if (t.scoreDocs.length == 0) {
            return List.of();
        }
        String group = DuplicateCollapser.group(searcher, t.scoreDocs[0].doc);
        if (group == null) {
            return List.of();
        }
        TopDocs members = searcher.search(new TermQuery(new Term(ArchiveSchema.GROUP, group)), 10_000,
                new org.apache.lucene.search.Sort(org.apache.lucene.search.SortField.FIELD_DOC));
        List<SearchHit> out = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc sd : members.scoreDocs) {
            Document d = stored.document(sd.doc, STORED);
            if (id.equals(d.get(ArchiveSchema.ID))) {
                continue;
            }
            String published = d.get(ArchiveSchema.PUBLISHED);
            out.add(new SearchHit(d.get(ArchiveSchema.ID), d.get(ArchiveSchema.TITLE), d.get(ArchiveSchema.SOURCE),
                    d.get(ArchiveSchema.URL), published == null ? null : LocalDate.parse(published), 0f, null, 0));
        }
        return out;
    }

    /**
     * The {@code perType} most named entities of each type among the articles {@code query}
     * matches (duplicate records never do), most frequent first; empty when the archive has no
     * annotations.
     */
    public List<EntityCount> topEntities(Query query, int perType) throws IOException {
        if (facetState == null) {
            return List.of();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(query, BooleanClause.Occur.MUST);
        b.add(new TermQuery(new Term(ArchiveSchema.KIND, ArchiveSchema.KIND_ARTICLE)), BooleanClause.Occur.FILTER);
        FacetsCollector fc = searcher.search(b.build(), new FacetsCollectorManager());
        return entityCounts(new SortedSetDocValuesFacetCounts(facetState, fc), perType);
    }

    /** The {@code top} most named entities of each type among the matches, most frequent first. */
    private List<EntityCount> entityCounts(Facets facets, int top) throws IOException {
        List<EntityCount> out = new ArrayList<>();
        EntityNames names = null;
        for (String type : ArchiveSchema.ENTITY_TYPES) {
            FacetResult r;
            try {
                r = facets.getTopChildren(top, ArchiveSchema.ENTITY_FACET, type);
            } catch (IllegalArgumentException e) {
                return out; // no article has entities (ingested with --no-extract)
            }
            if (r == null) {
                continue;
            }
            if (names == null) {
                names = new EntityNames(reader);
            }
            for (LabelAndValue lv : r.labelValues) {
                String key = type + "/" + lv.label;
                out.add(new EntityCount(type, key, names.display(key), lv.value.longValue()));
            }
        }
        out.sort(Comparator.comparingLong(EntityCount::count).reversed().thenComparing(EntityCount::key));
        return out;
    }

    private static List<FacetCount> counts(Facets facets, String dim, boolean chronological, int top) throws IOException {
        FacetResult r;
        try {
            r = chronological || top <= 0 ? facets.getAllChildren(dim) : facets.getTopChildren(top, dim);
        } catch (IllegalArgumentException e) {
            return List.of(); // no article has this dimension (e.g. no dates at all)
        }
        if (r == null) {
            return List.of();
        }
        List<FacetCount> out = new ArrayList<>();
        for (LabelAndValue lv : r.labelValues) {
            out.add(new FacetCount(lv.label, lv.value.longValue()));
        }
        out.sort(chronological ? Comparator.comparing(FacetCount::value)
                : Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            dir.close();
        }
    }

    /** UnifiedHighlighter over the body's postings offsets, returning {@link Snippet} objects. */
    private static final class Highlighter extends UnifiedHighlighter {
        private static final String[] FIELDS = {ArchiveSchema.BODY};
        private static final int[] PASSAGES = {2};

        Highlighter(IndexSearcher searcher) {
            super(UnifiedHighlighter.builder(searcher, ArchiveSchema.analyzer())
                    .withFormatter(new SnippetFormatter())
                    .withMaxLength(200_000)
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getSentenceInstance(Locale.ROOT), 160, 0.5f)));
        }

        Object[] snippets(Query query, int[] docs) throws IOException {
            Map<String, Object[]> m = highlightFieldsAsObjects(FIELDS, query, docs, PASSAGES);
            return m.get(ArchiveSchema.BODY);
        }
    }
}
