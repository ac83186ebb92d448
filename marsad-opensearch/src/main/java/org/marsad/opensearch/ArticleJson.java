package org.marsad.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.marsad.extract.doc.Doc;
import org.marsad.store.article.Article;
import org.marsad.store.dedup.DuplicateLink;
import org.marsad.store.dedup.MinHashSignature;
import org.marsad.store.index.AnnotationValues;
import org.marsad.store.index.ArchiveSchema;

/**
 * The one place where an article becomes a cluster document: the same fields and values as the
 * embedded store's Lucene document, with the annotations from {@link AnnotationValues}.
 */
final class ArticleJson {
    private ArticleJson() {}

    static ObjectNode article(long seq, Article a, String bodyKey, MinHashSignature signature, DuplicateLink link, Doc annotations) {
        ObjectNode d = ClusterClient.JSON.createObjectNode();
        d.put(IndexDefinition.SEQ, seq);
        d.put(ArchiveSchema.KIND, ArchiveSchema.KIND_ARTICLE);
        keys(d, a);
        d.put(ArchiveSchema.BODY_KEY, bodyKey);
        boolean copy = link != null && link.isDuplicate();
        d.put(ArchiveSchema.GROUP, copy ? link.originalId() : a.id());
        if (copy) {
            d.put(ArchiveSchema.NEAR_DUPLICATE_OF, link.originalId());
            d.put(ArchiveSchema.NEAR_SIMILARITY, link.similarity());
        }
        if (signature != null) {
            d.put(ArchiveSchema.MINHASH, Base64.getEncoder().encodeToString(signature.toBytes()));
        }
        if (a.title() != null) {
            d.put(ArchiveSchema.TITLE, a.title());
        }
        d.put(ArchiveSchema.BODY, a.body());
        if (a.author() != null) {
            d.put(ArchiveSchema.AUTHOR, a.author());
        }
        if (a.published() != null) {
            d.put(ArchiveSchema.DATE, a.published().toEpochDay());
            d.put(ArchiveSchema.PUBLISHED, a.published().toString());
            d.put(ArchiveSchema.MONTH, String.format(Locale.ROOT, "%04d-%02d", a.published().getYear(),
                    a.published().getMonthValue()));
        }
        if (annotations != null) {
            if (!annotations.text().equals(a.body())) {
                throw new IllegalArgumentException("annotations of another text than article " + a.id() + "'s body");
            }
            AnnotationValues v = AnnotationValues.of(annotations);
            array(d, ArchiveSchema.ENTITY, v.entities());
            array(d, ArchiveSchema.ENTITY_KEY, v.entityKeys());
            array(d, IndexDefinition.ENTITY_FACET, v.entityFacets());
            mentions(d, v.entityKeys());
            array(d, ArchiveSchema.ENTITY_LABEL, v.entityLabels());
            array(d, ArchiveSchema.TYPE, v.types());
            array(d, ArchiveSchema.QUOTE, v.quotes());
            array(d, ArchiveSchema.SPEAKER, v.speakers());
            array(d, ArchiveSchema.SPEAKER_KEY, v.speakerKeys());
            array(d, ArchiveSchema.CLAIM, v.claims());
            array(d, ArchiveSchema.CLAIMANT, v.claimants());
            array(d, ArchiveSchema.CLAIMANT_KEY, v.claimantKeys());
            d.put(ArchiveSchema.ANNOTATIONS, v.stored());
        }
        return d;
    }

    /** The record that {@code a} repeats the body of {@code originalId}: kept, never matched by a search. */
    static ObjectNode duplicate(long seq, Article a, String originalId, String origin, String group) {
        ObjectNode d = ClusterClient.JSON.createObjectNode();
        d.put(IndexDefinition.SEQ, seq);
        d.put(ArchiveSchema.KIND, ArchiveSchema.KIND_DUPLICATE);
        keys(d, a);
        d.put(ArchiveSchema.GROUP, group);
        d.put(ArchiveSchema.DUPLICATE_OF, originalId);
        d.put(ArchiveSchema.ORIGIN, origin);
        return d;
    }

    private static void keys(ObjectNode d, Article a) {
        d.put(ArchiveSchema.ID, a.id());
        d.put(ArchiveSchema.SOURCE, a.source().toLowerCase(Locale.ROOT));
        d.put(IndexDefinition.SOURCE_NAME, a.source());
        if (a.url() != null) {
            d.put(ArchiveSchema.URL, a.url());
        }
    }

    /** Each key once with its count, in the order first named. */
    private static void mentions(ObjectNode d, List<String> keyPerMention) {
        if (keyPerMention.isEmpty()) {
            return;
        }
        Map<String, Integer> n = new LinkedHashMap<>();
        keyPerMention.forEach(k -> n.merge(k, 1, Integer::sum));
        ArrayNode arr = d.putArray(IndexDefinition.ENTITY_MENTIONS);
        n.forEach((k, c) -> arr.addObject().put("key", k).put("n", c));
    }

    private static void array(ObjectNode d, String field, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        ArrayNode arr = d.putArray(field);
        values.forEach(arr::add);
    }
}
