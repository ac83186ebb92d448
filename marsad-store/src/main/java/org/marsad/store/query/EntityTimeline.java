package org.marsad.store.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.marsad.store.index.ArchiveSchema;

/**
 * Mentions of entities per day, from the postings of their keys: each posting's frequency is the
 * mentions in that article, its date the article's date doc value. No stored field is read.
 */
final class EntityTimeline {
    private EntityTimeline() {}

    /** Per day, the articles naming any of {@code keys} and their mentions; also totals over all articles, dated or not. */
    static EntityIndex.Timeline of(IndexReader reader, List<String> keys) throws IOException {
        TreeMap<Long, long[]> days = new TreeMap<>();
        long articles = 0;
        long mentions = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            // several keys (one name under two types) may share an article: merge per doc
            TreeMap<Integer, Integer> perDoc = new TreeMap<>();
            for (String key : keys) {
                PostingsEnum p = leaf.reader().postings(new Term(ArchiveSchema.ENTITY_KEY, key), PostingsEnum.FREQS);
                if (p == null) {
                    continue;
                }
                for (int doc = p.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = p.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        perDoc.merge(doc, p.freq(), Integer::sum);
                    }
                }
            }
            NumericDocValues dates = leaf.reader().getNumericDocValues(ArchiveSchema.DATE);
            for (var e : perDoc.entrySet()) {
                articles++;
                mentions += e.getValue();
                if (dates != null && dates.advanceExact(e.getKey())) {
                    long[] c = days.computeIfAbsent(dates.longValue(), d -> new long[2]);
                    c[0]++;
                    c[1] += e.getValue();
                }
            }
        }
        List<DayCount> out = new ArrayList<>(days.size());
        days.forEach((day, c) -> out.add(new DayCount(LocalDate.ofEpochDay(day), c[0], c[1])));
        return new EntityIndex.Timeline(out, articles, mentions);
    }
}
