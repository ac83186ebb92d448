package org.marsad.store.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The ids and body keys already in the archive, kept in memory while ingesting so that dedup
 * costs one hash lookup per article. Loaded from the last commit, so after a crash it holds
 * exactly what survived.
 */
final class KnownArticles {
    private final Set<String> ids = new HashSet<>();
    private final Map<String, String> idByBodyKey = new HashMap<>();

    static KnownArticles load(DirectoryReader reader) throws IOException {
        KnownArticles k = new KnownArticles();
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            SortedDocValues ids = leaf.reader().getSortedDocValues(ArchiveSchema.ID);
            SortedDocValues keys = leaf.reader().getSortedDocValues(ArchiveSchema.BODY_KEY);
            if (ids == null) {
                continue;
            }
            for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
                k.ids.add(id);
                if (keys != null && keys.advanceExact(doc)) {
                    k.idByBodyKey.put(keys.lookupOrd(keys.ordValue()).utf8ToString(), id);
                }
            }
        }
        return k;
    }

    boolean hasId(String id) {
        return ids.contains(id);
    }

    /** Id of the indexed article with this body, or null. */
    String articleWithBody(String bodyKey) {
        return idByBodyKey.get(bodyKey);
    }

    void addArticle(String id, String bodyKey) {
        ids.add(id);
        idByBodyKey.put(bodyKey, id);
    }

    void addDuplicate(String id) {
        ids.add(id);
    }

    int size() {
        return ids.size();
    }
}
