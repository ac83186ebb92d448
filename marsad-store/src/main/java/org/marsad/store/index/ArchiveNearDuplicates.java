package org.marsad.store.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.marsad.store.dedup.MinHashSignature;
import org.marsad.store.dedup.NearDuplicateIndex;

/**
 * Rebuilds the near-duplicate index of an archive from the signatures stored with its articles,
 * keeping every stored link as it was decided (originals first, then their copies).
 */
final class ArchiveNearDuplicates {
    private static final Set<String> FIELDS = Set.of(ArchiveSchema.ID, ArchiveSchema.MINHASH, ArchiveSchema.GROUP);

    private ArchiveNearDuplicates() {}

    static NearDuplicateIndex load(DirectoryReader reader) throws IOException {
        NearDuplicateIndex index = new NearDuplicateIndex();
        List<Object[]> copies = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Document d = stored.document(doc, FIELDS);
                BytesRef sig = d.getBinaryValue(ArchiveSchema.MINHASH);
                if (sig == null) {
                    continue; // a duplicate record, or an article from before near-duplicate linking
                }
                String id = d.get(ArchiveSchema.ID);
                String group = d.get(ArchiveSchema.GROUP);
                MinHashSignature s = MinHashSignature.fromBytes(
                        java.util.Arrays.copyOfRange(sig.bytes, sig.offset, sig.offset + sig.length));
                if (group == null || group.equals(id)) {
                    index.restore(id, s, null);
                } else {
                    copies.add(new Object[] {id, s, group});
                }
            }
        }
        for (Object[] c : copies) {
            index.restore((String) c[0], (MinHashSignature) c[1], (String) c[2]);
        }
        return index;
    }
}
