package org.marsad.store.index;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.marsad.extract.claim.Claim;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.link.Entity;
import org.marsad.extract.link.Mention;
import org.marsad.extract.quote.Quote;
import org.marsad.store.annotate.StoredAnnotations;
import org.marsad.text.sentence.Sentence;

/** The searchable fields and the stored JSON that an article's annotations add to its document. */
final class AnnotationFields {
    private AnnotationFields() {}

    static void add(Document d, Doc doc) {
        String text = doc.text();
        Set<String> types = new LinkedHashSet<>();
        Set<String> labels = new LinkedHashSet<>();
        Set<String> facetKeys = new LinkedHashSet<>();
        for (Entity e : doc.entities()) {
            if (!indexable(e)) {
                continue;
            }
            String key = EntityKeys.entity(e.type(), e.canonical());
            types.add(e.type());
            d.add(new TextField(ArchiveSchema.ENTITY, e.canonical(), Field.Store.NO));
            if (labels.add(EntityKeys.label(key, e.canonical()))) {
                d.add(new StringField(ArchiveSchema.ENTITY_LABEL, EntityKeys.label(key, e.canonical()), Field.Store.NO));
            }
            if (facetKeys.add(key)) {
                d.add(new SortedSetDocValuesFacetField(ArchiveSchema.ENTITY_FACET, e.type(), EntityKeys.nameOf(key)));
            }
        }
        for (Mention m : doc.mentions()) {
            Entity e = doc.entities().get(m.entity());
            if (indexable(e)) {
                d.add(new Field(ArchiveSchema.ENTITY_KEY, EntityKeys.entity(e.type(), e.canonical()), ArchiveSchema.KEY_WITH_FREQS));
            }
        }
        for (String t : types) {
            d.add(new StringField(ArchiveSchema.TYPE, t, Field.Store.NO));
        }
        Set<String> speakers = new LinkedHashSet<>();
        for (Quote q : doc.quotes()) {
            d.add(new TextField(ArchiveSchema.QUOTE, q.text(text), Field.Store.NO));
            if (q.speaker() != null && !EntityKeys.name(q.speaker().canonical()).isEmpty() && speakers.add(q.speaker().canonical())) {
                d.add(new TextField(ArchiveSchema.SPEAKER, q.speaker().canonical(), Field.Store.NO));
                d.add(new StringField(ArchiveSchema.SPEAKER_KEY, EntityKeys.name(q.speaker().canonical()), Field.Store.NO));
            }
        }
        Set<String> claimants = new LinkedHashSet<>();
        Set<Integer> claimSentences = new LinkedHashSet<>();
        for (Claim c : doc.claims()) {
            int tok = doc.tokenAtOrAfter(c.start());
            if (tok < doc.size()) {
                claimSentences.add(doc.sentenceOf(tok));
            }
            if (c.claimant() != null && !EntityKeys.name(c.claimant().canonical()).isEmpty()
                    && claimants.add(c.claimant().canonical())) {
                d.add(new TextField(ArchiveSchema.CLAIMANT, c.claimant().canonical(), Field.Store.NO));
                d.add(new StringField(ArchiveSchema.CLAIMANT_KEY, EntityKeys.name(c.claimant().canonical()), Field.Store.NO));
            }
        }
        for (int s : claimSentences) {
            Sentence sn = doc.sentences().get(s);
            d.add(new TextField(ArchiveSchema.CLAIM, sn.text(text), Field.Store.NO));
        }
        d.add(new StoredField(ArchiveSchema.ANNOTATIONS, StoredAnnotations.encode(doc)));
    }

    /** A name that folds to nothing (only marks) cannot be a key or a facet label (Lucene refuses empty path parts). */
    private static boolean indexable(Entity e) {
        return ArchiveSchema.ENTITY_TYPES.contains(e.type()) && !EntityKeys.name(e.canonical()).isEmpty();
    }
}
