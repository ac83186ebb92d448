package org.marsad.store.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveSchema;

/** What an archive holds: articles, duplicate records, articles per source, date range, index size on disk. */
public record ArchiveStats(long articles, long duplicates, long undated, List<FacetCount> sources,
        LocalDate firstDate, LocalDate lastDate, long indexBytes) {

    public static ArchiveStats of(ArchiveLocation location, ArchiveSearcher archive) throws IOException {
        IndexSearcher s = archive.searcher();
        long articles = s.count(new TermQuery(new Term(ArchiveSchema.KIND, ArchiveSchema.KIND_ARTICLE)));
        long duplicates = s.count(new TermQuery(new Term(ArchiveSchema.KIND, ArchiveSchema.KIND_DUPLICATE)));
        long dated = s.count(LongPoint.newRangeQuery(ArchiveSchema.DATE, Long.MIN_VALUE, Long.MAX_VALUE));
        Long min = null;
        Long max = null;
        for (LeafReaderContext leaf : archive.reader().leaves()) {
            PointValues pv = leaf.reader().getPointValues(ArchiveSchema.DATE);
            if (pv == null) {
                continue;
            }
            long lo = LongPoint.decodeDimension(pv.getMinPackedValue(), 0);
            long hi = LongPoint.decodeDimension(pv.getMaxPackedValue(), 0);
            min = min == null ? lo : Math.min(min, lo);
            max = max == null ? hi : Math.max(max, hi);
        }
        List<FacetCount> sources = new ArrayList<>();
        try {
            SearchResults all = archive.searchQuery(new MatchAllDocsQuery(), 0);
            sources.addAll(all.bySource());
        } catch (IllegalArgumentException e) {
            // no facets yet
        }
        return new ArchiveStats(articles, duplicates, articles - dated, sources,
                min == null ? null : LocalDate.ofEpochDay(min), max == null ? null : LocalDate.ofEpochDay(max),
                location.sizeBytes());
    }
}
