package org.marsad.store.search;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.index.HitFields;

/**
 * Hits by score, then by article id (UTF-8 bytes, as the cluster sorts its keyword ids), for when
 * a run of equal scores is longer than a top-k: a filter alone, a negation. The id is read from
 * the hit doc values (the stored field in archives written before them), so no field of its own
 * is needed.
 */
final class ArticleIdOrder extends FieldComparatorSource {
    static final Sort SCORE_THEN_ID = new Sort(SortField.FIELD_SCORE, new SortField(ArchiveSchema.HIT, new ArticleIdOrder()));

    private ArticleIdOrder() {}

    @Override
    public FieldComparator<BytesRef> newComparator(String field, int numHits, Pruning pruning, boolean reversed) {
        return new Comparator(numHits);
    }

    private static final class Comparator extends FieldComparator<BytesRef> {
        private final BytesRef[] values;
        private BytesRef bottom;
        private BytesRef top;

        Comparator(int numHits) {
            values = new BytesRef[numHits];
        }

        @Override
        public int compare(int slot1, int slot2) {
            return values[slot1].compareTo(values[slot2]);
        }

        @Override
        public void setTopValue(BytesRef value) {
            top = value;
        }

        @Override
        public BytesRef value(int slot) {
            return values[slot];
        }

        @Override
        public LeafFieldComparator getLeafComparator(LeafReaderContext context) throws IOException {
            BinaryDocValues hits = context.reader().getBinaryDocValues(ArchiveSchema.HIT);
            StoredFields stored = context.reader().storedFields();
            return new LeafFieldComparator() {
                private int lastDoc = -1;
                private BytesRef last;

                /** A doc is compared, then maybe copied: read once. */
                private BytesRef id(int doc) throws IOException {
                    if (doc != lastDoc) {
                        last = hits != null && hits.docID() < doc && hits.advanceExact(doc) ? HitFields.id(hits.binaryValue())
                                : new BytesRef(String.valueOf(stored.document(doc, Set.of(ArchiveSchema.ID)).get(ArchiveSchema.ID)));
                        lastDoc = doc;
                    }
                    return last;
                }

                @Override
                public void setBottom(int slot) {
                    bottom = values[slot];
                }

                @Override
                public int compareBottom(int doc) throws IOException {
                    return bottom.compareTo(id(doc));
                }

                @Override
                public int compareTop(int doc) throws IOException {
                    return top.compareTo(id(doc));
                }

                @Override
                public void copy(int slot, int doc) throws IOException {
                    values[slot] = id(doc);
                }

                @Override
                public void setScorer(Scorable scorer) {
                    // ids do not depend on the score
                }
            };
        }
    }
}
