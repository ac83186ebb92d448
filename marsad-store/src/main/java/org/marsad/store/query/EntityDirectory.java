package org.marsad.store.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.index.EntityKeys;
import org.marsad.store.search.EntityNames;

/**
 * The entities of the archive, straight from the terms of the entity-key field: a term's doc
 * frequency is the number of articles naming the entity, its total term frequency the number of
 * mentions. A type filter seeks to that type's keys; a name filter keeps keys holding the name.
 */
final class EntityDirectory {
    private static final Comparator<EntitySummary> MOST_NAMED = Comparator.comparingLong(EntitySummary::articles)
            .thenComparingLong(EntitySummary::mentions).thenComparing(EntitySummary::key, Comparator.reverseOrder());

    private final IndexReader reader;

    EntityDirectory(IndexReader reader) {
        this.reader = reader;
    }

    /** The {@code limit} most named entities of {@code type} (null: any) whose name holds {@code name} (null: any). */
    List<EntitySummary> list(String type, String name, int limit) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, ArchiveSchema.ENTITY_KEY);
        if (terms == null || limit <= 0) {
            return List.of();
        }
        String prefix = type == null || type.isBlank() ? "" : type.strip().toUpperCase(Locale.ROOT) + "/";
        NameMatcher matcher = new NameMatcher(name);
        String part = name == null || name.isBlank() ? null : EntityKeys.name(name);
        TermsEnum te = terms.iterator();
        if (!prefix.isEmpty() && te.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        PriorityQueue<EntitySummary> top = new PriorityQueue<>(limit + 1, MOST_NAMED);
        for (BytesRef t = prefix.isEmpty() ? te.next() : te.term(); t != null; t = te.next()) {
            String key = t.utf8ToString();
            if (!key.startsWith(prefix)) {
                break;
            }
            if (part != null && !(key.contains(part) && matcher.matches(EntityKeys.nameOf(key)))) {
                continue;
            }
            EntitySummary s = new EntitySummary(EntityKeys.typeOf(key), key, null, te.docFreq(), te.totalTermFreq());
            if (top.size() < limit) {
                top.add(s);
            } else if (MOST_NAMED.compare(s, top.peek()) > 0) {
                top.poll();
                top.add(s);
            }
        }
        List<EntitySummary> out = new ArrayList<>(top);
        out.sort(MOST_NAMED.reversed());
        EntityNames names = new EntityNames(reader);
        List<EntitySummary> named = new ArrayList<>(out.size());
        for (EntitySummary s : out) {
            named.add(new EntitySummary(s.type(), s.key(), names.display(s.key()), s.articles(), s.mentions()));
        }
        return named;
    }
}
