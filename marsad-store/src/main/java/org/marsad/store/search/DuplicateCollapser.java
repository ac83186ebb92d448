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

    /** Reads a hit's article id. */
    interface Ids {
        String of(int doc) throws IOException;
    }

    /**
     * {@code hits} (in score order) with each run of equal scores put in article id order: the
     * order of the cluster store, and one that does not depend on where the index put documents.
     * Ids are read only for hits in such runs.
     */
    static ScoreDoc[] byScoreThenId(ScoreDoc[] hits, Ids ids) throws IOException {
        int i = 0;
        while (i < hits.length) {
            int j = i + 1;
            while (j < hits.length && hits[j].score == hits[i].score) {
                j++;
            }
            if (j - i > 1) {
                String[] id = new String[j - i];
                Integer[] order = new Integer[j - i];
                for (int k = i; k < j; k++) {
                    id[k - i] = ids.of(hits[k].doc);
                    order[k - i] = k - i;
                }
                java.util.Arrays.sort(order, java.util.Comparator.comparing((Integer k) -> id[k]));
                ScoreDoc[] run = java.util.Arrays.copyOfRange(hits, i, j);
                for (int k = 0; k < run.length; k++) {
                    hits[i + k] = run[order[k]];
                }
            }
            i = j;
        }
        return hits;
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
