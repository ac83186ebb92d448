package org.marsad.store.index;

import org.apache.lucene.analysis.Analyzer;
import org.marsad.store.article.Article;

/**
 * An article's title (null when it has none) and body as the archive's analyzer tokenizes them,
 * computed ahead on a preparing thread ({@link ArchiveWriter#analyze}); the writer indexes these
 * tokens instead of analyzing the texts again.
 */
public record AnalyzedArticle(AnalyzedText title, AnalyzedText body) {

    /** Title and body of {@code a} through {@code analyzer} (the archive's: {@link ArchiveSchema#analyzer()}). */
    static AnalyzedArticle of(Analyzer analyzer, Article a) {
        AnalyzedText title = a.title() == null ? null : AnalyzedText.of(analyzer, ArchiveSchema.TITLE, a.title());
        return new AnalyzedArticle(title, AnalyzedText.of(analyzer, ArchiveSchema.BODY, a.body()));
    }
}
