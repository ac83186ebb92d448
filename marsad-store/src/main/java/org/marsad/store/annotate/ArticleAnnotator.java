package org.marsad.store.annotate;

import org.marsad.extract.doc.Doc;
import org.marsad.extract.ner.EntityTagger;
import org.marsad.extract.ner.NerTagger;
import org.marsad.extract.pipeline.Extractor;
import org.marsad.store.article.Article;

/**
 * Runs the extractors over an article's body (not its title, so that every offset points into the
 * stored body), resolving relative dates against the article's publication date. Thread-safe.
 */
public final class ArticleAnnotator {
    private final Extractor extractor;

    public ArticleAnnotator(EntityTagger tagger) {
        this.extractor = new Extractor(tagger);
    }

    /** The annotator over the shipped NER model. */
    public static ArticleAnnotator standard() {
        return new ArticleAnnotator(NerTagger.standard());
    }

    public Doc annotate(Article a) {
        return extractor.extract(a.body(), a.published());
    }
}
