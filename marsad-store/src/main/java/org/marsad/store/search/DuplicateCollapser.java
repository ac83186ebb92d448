package org.marsad.store.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.marsad.store.index.HitFields;
import org.marsad.store.index.ArchiveSchema;

/**
 * Shows each near-duplicate group once in a hit list: the best-scoring member stands for the
 * group (of equal scores, the smallest article id), the others are counted as its copies (exact
 * duplicate records included).
 */
final class DuplicateCollapser {
    /** Hits kept, one per group, in score order, with the group of each (null: an article without one). */
    record Collapsed(ScoreDoc[] hits, String[] groups) {}

    private DuplicateCollapser() {}

    /** How many hits to fetch so that {@code n} groups are likely among them. */
    static int fetchSize(int n) {
        return n + Math.min(4 * n, 200);
    }

    /**
     * How many hits to fetch first: enough for {@code n} groups when few of the best hits are
     * copies of each other, which is the common case; a smaller top-k lets the scorer skip more.
     */
    static int firstFetchSize(int n) {
        return Math.min(fetchSize(n), 2 * n);
    }

    /**
     * The first {@code n} hits of distinct groups, in score order. A hit that {@code sizes} knows
     * to be alone in its group is kept without reading its group (its group is then given as null).
     */
    static Collapsed collapse(IndexSearcher searcher, GroupSizes sizes, ScoreDoc[] hits, int n) throws IOException {
        // sizes count deleted documents too: with deletions every hit's group is read
        boolean trustSizes = !searcher.getIndexReader().hasDeletions();
        List<ScoreDoc> out = new ArrayList<>(n);
        List<String> groups = new ArrayList<>(n);
        Set<String> seen = new HashSet<>();
        for (ScoreDoc sd : hits) {
            if (out.size() == n) {
                break;
            }
            if (trustSizes && sizes.alone(sd.doc)) {
                out.add(sd);
                groups.add(null);
                continue;
            }
            String group = group(searcher, sd.doc);
            if (group == null || seen.add(group)) {
                out.add(sd);
                groups.add(group);
            }
        }
        return new Collapsed(out.toArray(new ScoreDoc[0]), groups.toArray(new String[0]));
    }

    /**
     * {@code hits} (in score order) with each run of equal scores put in article id order (UTF-8
     * bytes, as the cluster sorts its keyword ids): the order of the cluster store, and one that
     * does not depend on where the index put documents. Ids are read only for hits in such runs,
     * leaf by leaf in document order, from the hit doc values (stored fields in older archives).
     */
    static ScoreDoc[] byScoreThenId(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        List<Integer> inRuns = new ArrayList<>();
        for (int i = 0; i < hits.length; i++) {
            if ((i > 0 && hits[i - 1].score == hits[i].score) || (i + 1 < hits.length && hits[i + 1].score == hits[i].score)) {
                inRuns.add(i);
            }
        }
        if (inRuns.isEmpty()) {
            return hits;
        }
        java.util.Map<Integer, BytesRef> ids = articleIds(searcher, inRuns.stream().mapToInt(i -> hits[i].doc).toArray());
        int i = 0;
        while (i < hits.length) {
            int j = i + 1;
            while (j < hits.length && hits[j].score == hits[i].score) {
                j++;
            }
            if (j - i > 1) {
                java.util.Arrays.sort(hits, i, j, java.util.Comparator.comparing((ScoreDoc sd) -> ids.get(sd.doc)));
            }
            i = j;
        }
        return hits;
    }

    /** The article id of each of {@code docs}, read in document order. */
    private static java.util.Map<Integer, BytesRef> articleIds(IndexSearcher searcher, int[] docs) throws IOException {
        int[] sorted = docs.clone();
        java.util.Arrays.sort(sorted);
        java.util.Map<Integer, BytesRef> out = new java.util.HashMap<>(sorted.length * 2);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        org.apache.lucene.index.StoredFields stored = null;
        LeafReaderContext leaf = null;
        org.apache.lucene.index.BinaryDocValues dv = null;
        for (int doc : sorted) {
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                dv = leaf.reader().getBinaryDocValues(ArchiveSchema.HIT);
            }
            BytesRef id;
            if (dv != null && dv.docID() <= doc - leaf.docBase && dv.advanceExact(doc - leaf.docBase)) {
                id = HitFields.id(dv.binaryValue());
            } else {
                if (stored == null) {
                    stored = searcher.storedFields();
                }
                id = new BytesRef(stored.document(doc, java.util.Set.of(ArchiveSchema.ID)).get(ArchiveSchema.ID));
            }
            out.put(doc, id);
        }
        return out;
    }

    /**
     * Other members of {@code group} (null: none): near-duplicates and exact duplicate records.
     * {@code sizes} are of the searcher's reader, which never changes; they count deleted documents
     * too, so with deletions the members are counted by a query.
     */
    static int copies(IndexSearcher searcher, GroupSizes sizes, String group) throws IOException {
        if (group == null) {
            return 0;
        }
        IndexReader reader = searcher.getIndexReader();
        int size = reader.hasDeletions() ? searcher.count(new TermQuery(new Term(ArchiveSchema.GROUP, group)))
                : sizes.size(group);
        return Math.max(0, size - 1);
    }

    /** The group from doc values: reading it from stored fields would decompress a block of bodies per hit. */
    static String group(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues dv = leaf.reader().getSortedDocValues(ArchiveSchema.GROUP);
        if (dv == null || !dv.advanceExact(doc - leaf.docBase)) {
            return null;
        }
        return dv.lookupOrd(dv.ordValue()).utf8ToString();
    }
}
