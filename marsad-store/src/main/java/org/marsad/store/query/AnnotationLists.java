package org.marsad.store.query;

import java.io.IOException;

/**
 * The quote and claim lists of the CLI and the HTTP API over any store's {@link ArticleSource}:
 * the same narrowing query, the same per-annotation checks and the same paging whether the
 * articles come from the embedded index or a cluster, so both list the same items. Reads the
 * stored annotations of at most {@link ArchiveQueries#MAX_ARTICLES} articles per call.
 */
public final class AnnotationLists {
    private final ArticleSource articles;

    public AnnotationLists(ArticleSource articles) {
        this.articles = articles;
    }

    /** Quotes, newest first, by a speaker (a name; null for any) and holding all the given words (null for any). */
    public Page<QuoteHit> quotes(String speaker, String words, int offset, int limit) throws IOException {
        return new QuoteFinder(articles).find(speaker, words, offset, limit, ArchiveQueries.MAX_ARTICLES);
    }

    /** Claimed figures, newest first, by a claimant (null for any) whose sentence holds all the given words (null for any). */
    public Page<ClaimHit> claims(String claimant, String words, int offset, int limit) throws IOException {
        return new ClaimFinder(articles).find(claimant, words, offset, limit, ArchiveQueries.MAX_ARTICLES);
    }
}
