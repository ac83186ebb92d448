package org.marsad.store.query;

import java.io.IOException;
import java.util.List;
import org.marsad.store.search.ArchiveSearcher;

/**
 * The store's answers for the entity, quote, claim and article views of the CLI and the HTTP API,
 * over one open {@link ArchiveSearcher} (thread-safe, like it). Lists of quotes and claims read
 * the stored annotations of at most {@link #MAX_ARTICLES} articles per call, newest first, so a
 * call stays fast on a large archive; counts come from the index and cover everything.
 */
public final class ArchiveQueries {
    /** Articles whose stored annotations one list call reads at most. */
    public static final int MAX_ARTICLES = 2000;

    private final ArchiveSearcher archive;
    private final StoredArticles stored;

    public ArchiveQueries(ArchiveSearcher archive) {
        this.archive = archive;
        this.stored = new StoredArticles(archive.searcher());
    }

    /** The index's stored articles, for the views shared with other stores ({@link AnnotationLists}). */
    public ArticleSource articles() {
        return stored;
    }

    /** The article with its annotations, or null when no article has this id. */
    public ArticleView article(String id) throws IOException {
        return stored.byId(id);
    }

    /** The most named entities, of one type (PER, ORG, LOC, MISC; null for all) and holding a name (null for any). */
    public List<EntitySummary> entities(String type, String name, int limit) throws IOException {
        return views().entities(type, name, limit);
    }

    /** One entity by key or name, as {@link EntityViews#entity}; null when the archive does not know it. */
    public EntityProfile entity(String nameOrKey, int limit) throws IOException {
        return views().entity(nameOrKey, limit);
    }

    /** The entity list and profile over this index: the code every store runs. */
    public EntityViews views() {
        return new EntityViews(new LuceneEntityIndex(archive), stored);
    }

    /** Quotes, newest first, by a speaker (a name; null for any) and holding all the given words (null for any). */
    public Page<QuoteHit> quotes(String speaker, String words, int offset, int limit) throws IOException {
        return new AnnotationLists(stored).quotes(speaker, words, offset, limit);
    }

    /** Claimed figures, newest first, by a claimant (null for any) whose sentence holds all the given words (null for any). */
    public Page<ClaimHit> claims(String claimant, String words, int offset, int limit) throws IOException {
        return new AnnotationLists(stored).claims(claimant, words, offset, limit);
    }
}
