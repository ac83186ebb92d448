package org.marsad.store.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.index.EntityKeys;

/** Shows an entity key as a name: the spelling that most articles use, read from the label terms. */
public final class EntityNames {
    private final TermsEnum labels;

    public EntityNames(IndexReader reader) throws IOException {
        Terms t = MultiTerms.getTerms(reader, ArchiveSchema.ENTITY_LABEL);
        this.labels = t == null ? null : t.iterator();
    }

    /** The most used spelling of {@code key}, or the key's normalized name when no label is indexed. */
    public String display(String key) throws IOException {
        String fallback = key.indexOf('/') >= 0 ? EntityKeys.nameOf(key) : key;
        if (labels == null) {
            return fallback;
        }
        String prefix = key + EntityKeys.LABEL_SEPARATOR;
        if (labels.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
            return fallback;
        }
        String best = null;
        int bestFreq = -1;
        for (BytesRef term = labels.term(); term != null; term = labels.next()) {
            String s = term.utf8ToString();
            if (!s.startsWith(prefix)) {
                break;
            }
            int df = labels.docFreq();
            if (df > bestFreq) {
                bestFreq = df;
                best = s.substring(prefix.length());
            }
        }
        return best == null ? fallback : best;
    }
}
