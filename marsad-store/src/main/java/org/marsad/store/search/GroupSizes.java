package org.marsad.store.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.marsad.store.index.ArchiveSchema;

/**
 * How many documents each near-duplicate group of a point-in-time reader holds (deleted documents
 * included), read once in one pass over the group terms of all segments. Only groups of two or
 * more are kept, with a bit per document that belongs to one: most articles have no copy, and
 * looking up a hit's group or asking each segment for its size costs more than the search itself.
 */
final class GroupSizes {
    private final Map<String, Integer> multiMember;
    /** Documents (of the whole reader) in a group of two or more. */
    private final FixedBitSet inMultiMember;

    private GroupSizes(Map<String, Integer> multiMember, FixedBitSet inMultiMember) {
        this.multiMember = multiMember;
        this.inMultiMember = inMultiMember;
    }

    static GroupSizes of(IndexReader reader) throws IOException {
        Map<String, Integer> sizes = new HashMap<>();
        FixedBitSet members = new FixedBitSet(Math.max(1, reader.maxDoc()));
        Terms terms = MultiTerms.getTerms(reader, ArchiveSchema.GROUP);
        if (terms != null) {
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                int n = te.docFreq(); // summed over the segments holding the term
                if (n > 1) {
                    sizes.put(t.utf8ToString(), n);
                    PostingsEnum docs = te.postings(null, PostingsEnum.NONE); // doc ids of the whole reader
                    for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                        members.set(d);
                    }
                }
            }
        }
        return new GroupSizes(sizes, members);
    }

    /** True when {@code doc} (of the whole reader) has no group or is the only document of its group. */
    boolean alone(int doc) {
        return !inMultiMember.get(doc);
    }

    /** Documents in {@code group}: 1 for a group of one (or a group no document holds). */
    int size(String group) {
        return multiMember.getOrDefault(group, 1);
    }
}
