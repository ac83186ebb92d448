package org.marsad.store.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.marsad.store.index.ArchiveSchema;

/**
 * Shows each near-duplicate group once in a hit list: the best-scoring member stands for the
 * group, the others are counted as its copies (exact duplicate records included).
 */
final class DuplicateCollapser {
    private static final Set<String> GROUP_ONLY = Set.of(ArchiveSchema.GROUP);

    private DuplicateCollapser() {}

    /** How many hits to fetch so that {@code n} groups are likely among them. */
    static int fetchSize(int n) {
        return n + Math.min(4 * n, 200);
    }

    /** The first {@code n} hits of distinct groups, in score order. */
    static ScoreDoc[] collapse(IndexSearcher searcher, ScoreDoc[] hits, int n) throws IOException {
        List<ScoreDoc> out = new ArrayList<>(n);
        Set<String> seen = new HashSet<>();
        var stored = searcher.storedFields();
        for (ScoreDoc sd : hits) {
            if (out.size() == n) {
                break;
            }
            String group = stored.document(sd.doc, GROUP_ONLY).get(ArchiveSchema.GROUP);
            if (group == null || seen.add(group)) {
                out.add(sd);
            }
        }
        return out.toArray(new ScoreDoc[0]);
    }

    /** Other members of the group of {@code doc}: near-duplicates and exact duplicate records. */
    static int copies(IndexSearcher searcher, int doc) throws IOException {
        String group = group(searcher, doc);
        return group == null ? 0 : Math.max(0, searcher.count(new TermQuery(new Term(ArchiveSchema.GROUP, group))) - 1);
    }

    static String group(IndexSearcher searcher, int doc) throws IOException {
        Document d = searcher.storedFields().document(doc, GROUP_ONLY);
        return d.get(ArchiveSchema.GROUP);
    }
}
