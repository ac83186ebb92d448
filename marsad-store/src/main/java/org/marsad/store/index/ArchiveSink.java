package org.marsad.store.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.marsad.extract.doc.Doc;
import org.marsad.store.annotate.ArticleAnnotator;
import org.marsad.store.article.Article;
import org.marsad.store.dedup.MinHashSignature;
import org.marsad.store.read.Rejection;

/**
 * Where an ingest run puts articles: the embedded archive ({@link ArchiveWriter}) or a cluster.
 * Same dedup contract everywhere: a known id is {@link AddOutcome#ALREADY_PRESENT}, a known body
 * from another id is a {@link AddOutcome#DUPLICATE} record, anything else is {@link AddOutcome#ADDED}.
 * One thread adds; {@link #annotator()}, {@link #wasKnownAtOpen}, {@link #signatureOf} and
 * {@link #analyze} may be called from others, at the same time.
 */
public interface ArchiveSink extends Closeable {
    /** Adds one article whose body key and annotations (null: let the sink annotate) were computed by the caller. */
    AddOutcome add(Article a, String bodyKey, String origin, Doc annotations) throws IOException;

    /**
     * As {@link #add(Article, String, String, Doc)}, with the body's near-duplicate signature
     * computed by the caller on another thread ({@link #signatureOf}); null lets the sink compute it.
     */
    default AddOutcome add(Article a, String bodyKey, String origin, Doc annotations, MinHashSignature signature)
            throws IOException {
        return add(a, bodyKey, origin, annotations);
    }

    /**
     * As {@link #add(Article, String, String, Doc, MinHashSignature)}, with the title and body
     * analyzed by the caller on another thread ({@link #analyze}); null lets the sink analyze them.
     */
    default AddOutcome add(Article a, String bodyKey, String origin, Doc annotations, MinHashSignature signature,
            AnalyzedArticle analyzed) throws IOException {
        return add(a, bodyKey, origin, annotations, signature);
    }

    /**
     * The article's title and body as the sink's analyzer tokenizes them, for a preparing thread to
     * compute ahead (any thread may call it); null when the sink does not index tokens itself.
     */
    default AnalyzedArticle analyze(Article a) {
        return null;
    }

    /** The near-duplicate signature of {@code body}, for a reading thread to compute ahead; null when the sink computes its own. */
    default MinHashSignature signatureOf(String body) {
        return null;
    }

    /** Makes everything added so far durable (and searchable). */
    void commit() throws IOException;

    /** The annotator of new articles, or null when extraction is off. */
    ArticleAnnotator annotator();

    /** True when the archive held this id or body when the sink was opened. */
    boolean wasKnownAtOpen(String id, String bodyKey);

    /** Articles added in this session that were linked to an earlier article as near-duplicates. */
    long nearDuplicates();

    /** Articles of this session kept without annotations because an extractor failed on them. */
    long annotationFailures();

    /**
     * Articles that {@link #add} accepted but the store refused later (a cluster answers
     * asynchronously), each named by its id; taken once, after {@link #commit()}.
     */
    default List<Rejection> takeLateRejections() {
        return List.of();
    }
}
