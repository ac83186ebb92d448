package org.marsad.store.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.marsad.store.index.ArchiveSchema;

/**
 * How many documents each near-duplicate group of a point-in-time reader holds (deleted documents
 * included), read once in one pass over the group terms of all segments. Only groups of two or
 * more are kept: most articles have no copy, and asking a segment per hit for the size of its
 * group costs more than the search itself.
 */
final class GroupSizes {
    private final Map<String, Integer> multiMember;

    private GroupSizes(Map<String, Integer> multiMember) {
        this.multiMember = multiMember;
    }

    static GroupSizes of(IndexReader reader) throws IOException {
        Map<String, Integer> sizes = new HashMap<>();
        Terms terms = MultiTerms.getTerms(reader, ArchiveSchema.GROUP);
        if (terms != null) {
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                int n = te.docFreq(); // summed over the segments holding the term
                if (n > 1) {
                    sizes.put(t.utf8ToString(), n);
                }
            }
        }
        return new GroupSizes(sizes);
    }

    /** Documents in {@code group}: 1 for a group of one (or a group no document holds). */
    int size(String group) {
        return multiMember.getOrDefault(group, 1);
    }
}
