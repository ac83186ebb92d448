package org.marsad.store.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.index.EntityKeys;
import org.marsad.store.search.ArchiveSearcher;
import org.marsad.store.search.EntityCount;
import org.marsad.store.search.EntityNames;

/**
 * The embedded index's entity counts, straight from the terms of the entity-key field: a term's
 * doc frequency is the number of articles naming the entity, its total term frequency the number
 * of mentions, its postings the articles (with their dates) and the mentions in each.
 */
public final class LuceneEntityIndex implements EntityIndex {
    private final ArchiveSearcher archive;
    private final IndexReader reader;

    public LuceneEntityIndex(ArchiveSearcher archive) {
        this.archive = archive;
        this.reader = archive.reader();
    }

    @Override
    public Map<String, Long> articlesNaming(List<String> keys) throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String k : keys) {
            long df = reader.docFreq(new Term(ArchiveSchema.ENTITY_KEY, k));
            if (df > 0) {
                out.put(k, df);
            }
        }
        return out;
    }

    /** Walks the keys from {@code prefix} on (a seek: the keys of one type are contiguous) and keeps the best in a heap. */
    @Override
    public List<EntitySummary> mostNamed(String prefix, String part, Predicate<String> keep, int limit) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, ArchiveSchema.ENTITY_KEY);
        if (terms == null || limit <= 0) {
            return List.of();
        }
        TermsEnum te = terms.iterator();
        if (!prefix.isEmpty() && te.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        // the heap's head is the worst kept entity
        PriorityQueue<EntitySummary> top = new PriorityQueue<>(limit + 1, EntityViews.MOST_NAMED.reversed());
        for (BytesRef t = prefix.isEmpty() ? te.next() : te.term(); t != null; t = te.next()) {
            String key = t.utf8ToString();
            if (!key.startsWith(prefix)) {
                break;
            }
            if ((part != null && !key.contains(part)) || !keep.test(key)) {
                continue;
            }
            EntitySummary s = new EntitySummary(EntityKeys.typeOf(key), key, null, te.docFreq(), te.totalTermFreq());
            if (top.size() < limit) {
                top.add(s);
            } else if (EntityViews.MOST_NAMED.compare(s, top.peek()) < 0) {
                top.poll();
                top.add(s);
            }
        }
        return new ArrayList<>(top);
    }

    @Override
    public Map<String, String> displayNames(List<String> keys) throws IOException {
        EntityNames names = new EntityNames(reader);
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : keys) {
            out.put(k, names.display(k));
        }
        return out;
    }

    @Override
    public Timeline timeline(List<String> keys) throws IOException {
        return EntityTimeline.of(reader, keys);
    }

    @Override
    public List<EntityCount> namedWith(List<String> keys, int perType) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String k : keys) {
            b.add(new TermQuery(new Term(ArchiveSchema.ENTITY_KEY, k)), BooleanClause.Occur.SHOULD);
        }
        return archive.topEntities(b.build(), perType);
    }
}
