package org.marsad.store.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marsad.extract.claim.Claim;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.link.Entity;
import org.marsad.extract.link.Mention;
import org.marsad.extract.quote.Quote;
import org.marsad.store.annotate.StoredAnnotations;
import org.marsad.text.sentence.Sentence;

/**
 * The values that an article's annotations index, field by field, for a store that writes them
 * as JSON (a cluster): the same values, in the same order, as {@link AnnotationFields} adds to a
 * Lucene document, so that {@code entity:}, {@code speaker:}, {@code type:} ... match alike.
 *
 * @param entities     canonical names, one per entity ({@link ArchiveSchema#ENTITY}, analyzed)
 * @param entityKeys   exact keys, one per mention ({@link ArchiveSchema#ENTITY_KEY})
 * @param entityFacets exact keys, once each (the facet over entities)
 * @param entityLabels {@code key U+001F display} terms ({@link ArchiveSchema#ENTITY_LABEL})
 * @param types        entity types present ({@link ArchiveSchema#TYPE})
 * @param quotes       quote texts; {@code speakers}/{@code speakerKeys} their speakers, once each
 * @param claims       sentences holding claimed figures; {@code claimants}/{@code claimantKeys} who claimed them
 * @param stored       the stored annotation JSON ({@link StoredAnnotations#encode})
 */
public record AnnotationValues(List<String> entities, List<String> entityKeys, List<String> entityFacets,
        List<String> entityLabels, List<String> types, List<String> quotes, List<String> speakers,
        List<String> speakerKeys, List<String> claims, List<String> claimants, List<String> claimantKeys, String stored) {

    /** The values of {@code doc}'s annotations. */
    public static AnnotationValues of(Doc doc) {
        String text = doc.text();
        List<String> entities = new ArrayList<>();
        Set<String> types = new LinkedHashSet<>();
        Set<String> labels = new LinkedHashSet<>();
        Set<String> facetKeys = new LinkedHashSet<>();
        for (Entity e : doc.entities()) {
            if (!indexable(e)) {
                continue;
            }
            String key = EntityKeys.entity(e.type(), e.canonical());
            types.add(e.type());
            entities.add(e.canonical());
            labels.add(EntityKeys.label(key, e.canonical()));
            facetKeys.add(key);
        }
        List<String> entityKeys = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            Entity e = doc.entities().get(m.entity());
            if (indexable(e)) {
                entityKeys.add(EntityKeys.entity(e.type(), e.canonical()));
            }
        }
        List<String> quotes = new ArrayList<>();
        Set<String> speakers = new LinkedHashSet<>();
        List<String> speakerKeys = new ArrayList<>();
        for (Quote q : doc.quotes()) {
            quotes.add(q.text(text));
            if (q.speaker() != null && !EntityKeys.name(q.speaker().canonical()).isEmpty() && speakers.add(q.speaker().canonical())) {
                speakerKeys.add(EntityKeys.name(q.speaker().canonical()));
            }
        }
        Set<String> claimants = new LinkedHashSet<>();
        List<String> claimantKeys = new ArrayList<>();
        Set<Integer> claimSentences = new LinkedHashSet<>();
        for (Claim c : doc.claims()) {
            int tok = doc.tokenAtOrAfter(c.start());
            if (tok < doc.size()) {
                claimSentences.add(doc.sentenceOf(tok));
            }
            if (c.claimant() != null && !EntityKeys.name(c.claimant().canonical()).isEmpty()
                    && claimants.add(c.claimant().canonical())) {
                claimantKeys.add(EntityKeys.name(c.claimant().canonical()));
            }
        }
        List<String> claims = new ArrayList<>();
        for (int s : claimSentences) {
            Sentence sn = doc.sentences().get(s);
            claims.add(sn.text(text));
        }
        return new AnnotationValues(entities, entityKeys, List.copyOf(facetKeys), List.copyOf(labels), List.copyOf(types),
                quotes, List.copyOf(speakers), speakerKeys, claims, List.copyOf(claimants), claimantKeys,
                StoredAnnotations.encode(doc));
    }

    /** As {@link AnnotationFields}: a name that folds to nothing is no key. */
    private static boolean indexable(Entity e) {
        return ArchiveSchema.ENTITY_TYPES.contains(e.type()) && !EntityKeys.name(e.canonical()).isEmpty();
    }
}
