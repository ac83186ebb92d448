package org.marsad.store.index;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.marsad.extract.doc.Doc;
import org.marsad.store.article.Article;
import org.marsad.store.article.ArticleKeys;
import org.marsad.store.dedup.DuplicateLink;
import org.marsad.store.dedup.MinHashSignature;

/**
 * The one place where an article becomes a Lucene document, with the extractors' annotations
 * ({@link AnnotationFields}), so the schema stays in one place with {@link ArchiveSchema}.
 */
public final class ArticleDocuments {
    private final FacetsConfig facets = ArchiveSchema.facetsConfig();
    private final AnalyzedText.Replay titleTokens = new AnalyzedText.Replay();
    private final AnalyzedText.Replay bodyTokens = new AnalyzedText.Replay();

    /** The indexed form of an article whose body key is {@code bodyKey}. */
    public Document article(Article a, String bodyKey) throws IOException {
        return article(a, bodyKey, null, null);
    }

    /**
     * As {@link #article(Article, String)}, with the near-duplicate signature and link: the
     * article's group is its original's id (or its own), a copy records its original and similarity.
     */
    public Document article(Article a, String bodyKey, MinHashSignature signature, DuplicateLink link) throws IOException {
        return article(a, bodyKey, signature, link, null);
    }

    /**
     * As {@link #article(Article, String, MinHashSignature, DuplicateLink)}, with the extractors'
     * annotations of its body ({@code annotations} null when extraction is off): searchable entity,
     * type, speaker and claimant fields, entity facets, and the annotation JSON stored.
     */
    public Document article(Article a, String bodyKey, MinHashSignature signature, DuplicateLink link, Doc annotations)
            throws IOException {
        return article(a, bodyKey, signature, link, annotations, null);
    }

    /**
     * As {@link #article(Article, String, MinHashSignature, DuplicateLink, Doc)}, with the title and
     * body already analyzed ({@code analyzed}, null to let Lucene analyze them): the document then
     * holds the texts as stored fields and their tokens as indexed ones, and must be added before
     * this object builds the next one (the token streams are reused).
     */
    public Document article(Article a, String bodyKey, MinHashSignature signature, DuplicateLink link, Doc annotations,
            AnalyzedArticle analyzed) throws IOException {
        Document d = new Document();
        if (annotations != null) {
            if (!annotations.text().equals(a.body())) {
                throw new IllegalArgumentException("annotations of another text than article " + a.id() + "'s body");
            }
            AnnotationFields.add(d, annotations);
        }
        if (signature != null) {
            d.add(new BinaryDocValuesField(ArchiveSchema.MINHASH_VALUES, new BytesRef(signature.toBytes())));
        }
        String group = link != null && link.isDuplicate() ? link.originalId() : a.id();
        addGroup(d, group);
        if (link != null && link.isDuplicate()) {
            d.add(new StringField(ArchiveSchema.NEAR_DUPLICATE_OF, link.originalId(), Field.Store.YES));
            d.add(new StoredField(ArchiveSchema.NEAR_SIMILARITY, link.similarity()));
        }
        d.add(new StringField(ArchiveSchema.KIND, ArchiveSchema.KIND_ARTICLE, Field.Store.NO));
        addKeys(d, a);
        d.add(new BinaryDocValuesField(ArchiveSchema.HIT, HitFields.encode(a)));
        d.add(new StringField(ArchiveSchema.BODY_KEY, bodyKey, Field.Store.NO));
        d.add(new SortedDocValuesField(ArchiveSchema.BODY_KEY, new BytesRef(bodyKey)));
        d.add(new SortedSetDocValuesFacetField(ArchiveSchema.SOURCE, a.source()));
        if (analyzed == null) {
            if (a.title() != null) {
                d.add(new Field(ArchiveSchema.TITLE, a.title(), ArchiveSchema.TEXT_WITH_OFFSETS));
            }
            d.add(new Field(ArchiveSchema.BODY, a.body(), ArchiveSchema.TEXT_WITH_OFFSETS));
        } else {
            if (a.title() != null && analyzed.title() != null) {
                d.add(new StoredField(ArchiveSchema.TITLE, a.title()));
                d.add(new Field(ArchiveSchema.TITLE, titleTokens.of(analyzed.title()), ArchiveSchema.TEXT_TOKENS_WITH_OFFSETS));
            } else if (a.title() != null) {
                d.add(new Field(ArchiveSchema.TITLE, a.title(), ArchiveSchema.TEXT_WITH_OFFSETS));
            }
            d.add(new StoredField(ArchiveSchema.BODY, a.body()));
            d.add(new Field(ArchiveSchema.BODY, bodyTokens.of(analyzed.body()), ArchiveSchema.TEXT_TOKENS_WITH_OFFSETS));
        }
        if (a.author() != null) {
            d.add(new StoredField(ArchiveSchema.AUTHOR, a.author()));
        }
        if (a.published() != null) {
            long day = a.published().toEpochDay();
            d.add(new LongPoint(ArchiveSchema.DATE, day));
            d.add(new NumericDocValuesField(ArchiveSchema.DATE, day));
            d.add(new StoredField(ArchiveSchema.PUBLISHED, a.published().toString()));
            d.add(new SortedSetDocValuesFacetField(ArchiveSchema.MONTH,
                    String.format(Locale.ROOT, "%04d-%02d", a.published().getYear(), a.published().getMonthValue())));
        }
        return facets.build(d);
    }

    /** The record that {@code a} repeats the body of article {@code originalId}: kept, not indexed for search. */
    public Document duplicate(Article a, String originalId, String origin) {
        return duplicate(a, originalId, origin, originalId);
    }

    /** As {@link #duplicate(Article, String, String)}, counted among the copies of near-duplicate group {@code group}. */
    public Document duplicate(Article a, String originalId, String origin, String group) {
        Document d = new Document();
        addGroup(d, group);
        d.add(new StringField(ArchiveSchema.KIND, ArchiveSchema.KIND_DUPLICATE, Field.Store.NO));
        addKeys(d, a);
        d.add(new StringField(ArchiveSchema.DUPLICATE_OF, originalId, Field.Store.YES));
        d.add(new StoredField(ArchiveSchema.ORIGIN, origin));
        return d;
    }

    private static void addGroup(Document d, String group) {
        d.add(new StringField(ArchiveSchema.GROUP, group, Field.Store.YES));
        d.add(new SortedDocValuesField(ArchiveSchema.GROUP, new BytesRef(group)));
    }

    private static void addKeys(Document d, Article a) {
        d.add(new StringField(ArchiveSchema.ID, a.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(ArchiveSchema.ID, new BytesRef(a.id())));
        d.add(new StringField(ArchiveSchema.SOURCE, a.source().toLowerCase(Locale.ROOT), Field.Store.NO));
        d.add(new StoredField(ArchiveSchema.SOURCE, a.source()));
        if (a.url() != null) {
            d.add(new StoredField(ArchiveSchema.URL, a.url()));
        }
    }

    /** Body key of an article; see {@link ArticleKeys#bodyKey}. */
    public static String bodyKey(Article a) {
        return ArticleKeys.bodyKey(a.body());
    }
}
