package org.marsad.store.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.marsad.store.dedup.MinHashSignature;
import org.marsad.store.dedup.NearDuplicateIndex;

/**
 * Rebuilds the near-duplicate index of an archive from the signatures kept with its articles,
 * keeping every stored link as it was decided (originals first, then their copies). Signatures
 * are read from doc values, or from the stored field of archives written before those.
 */
final class ArchiveNearDuplicates {
    private static final Set<String> FIELDS = Set.of(ArchiveSchema.ID, ArchiveSchema.MINHASH, ArchiveSchema.GROUP);

    private ArchiveNearDuplicates() {}

    /** One article's signature and group, as read from either form. */
    private record Entry(String id, MinHashSignature signature, String group) {}

    static NearDuplicateIndex load(DirectoryReader reader) throws IOException {
        NearDuplicateIndex index = new NearDuplicateIndex();
        List<Entry> copies = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            List<Entry> entries = new ArrayList<>();
            fromDocValues(leaf.reader(), entries);
            fromStoredFields(leaf.reader(), entries);
            for (Entry e : entries) {
                if (e.group() == null || e.group().equals(e.id())) {
                    index.restore(e.id(), e.signature(), null);
                } else {
                    copies.add(e);
                }
            }
        }
        for (Entry c : copies) {
            index.restore(c.id(), c.signature(), c.group());
        }
        return index;
    }

    private static void fromDocValues(LeafReader r, List<Entry> out) throws IOException {
        BinaryDocValues sigs = r.getBinaryDocValues(ArchiveSchema.MINHASH_VALUES);
        if (sigs == null) {
            return;
        }
        SortedDocValues ids = r.getSortedDocValues(ArchiveSchema.ID);
        SortedDocValues groups = r.getSortedDocValues(ArchiveSchema.GROUP);
        Bits live = r.getLiveDocs();
        for (int doc = sigs.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS; doc = sigs.nextDoc()) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            String id = ids.advanceExact(doc) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : null;
            if (id == null) {
                throw new IOException("archive document " + doc + " has a MinHash signature but no id");
            }
            String group = groups != null && groups.advanceExact(doc) ? groups.lookupOrd(groups.ordValue()).utf8ToString() : null;
            out.add(new Entry(id, signature(sigs.binaryValue()), group));
        }
    }

    /** Archives written before the doc-values signature: read the stored one (skipped when the field never existed). */
    private static void fromStoredFields(LeafReader r, List<Entry> out) throws IOException {
        if (r.getFieldInfos().fieldInfo(ArchiveSchema.MINHASH) == null) {
            return;
        }
        Bits live = r.getLiveDocs();
        StoredFields stored = r.storedFields();
        for (int doc = 0; doc < r.maxDoc(); doc++) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            Document d = stored.document(doc, FIELDS);
            BytesRef sig = d.getBinaryValue(ArchiveSchema.MINHASH);
            if (sig == null) {
                continue; // a duplicate record, or an article from before near-duplicate linking
            }
            out.add(new Entry(d.get(ArchiveSchema.ID), signature(sig), d.get(ArchiveSchema.GROUP)));
        }
    }

    private static MinHashSignature signature(BytesRef b) {
        return MinHashSignature.fromBytes(Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length));
    }
}
