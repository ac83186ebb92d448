package org.marsad.app.http;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.marsad.store.annotate.ArticleAnnotator;
import org.marsad.store.backend.ArchiveStore;
import org.marsad.store.index.ArchiveSink;
import org.marsad.store.search.QuerySyntaxException;
import org.marsad.store.search.SearchFilters;
import org.marsad.store.search.SearchHit;
import org.marsad.store.search.SearchResults;
import org.marsad.store.query.AnnotationLists;
import org.marsad.store.query.ArchiveQueries;
import org.marsad.store.query.ArticleView;
import org.marsad.store.query.EntityViews;
import org.marsad.store.article.Article;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.marsad.extract.doc.DocJson;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveWriter;
import org.marsad.store.ingest.IngestProgress;
import org.marsad.store.ingest.IngestTally;
import org.marsad.store.ingest.Ingester;
import org.marsad.store.read.InputFormat;
import org.marsad.store.search.ArchiveSearcher;
import org.marsad.store.story.StoryArticle;
import org.marsad.store.story.archive.ArchiveStoryReader;

/**
 * The archive as the server sees it: a searcher over the last commit, swapped for a fresh one after
 * each ingest (the old one is closed a while later, when no request can still be using it), and a
 * writer opened on the first ingest request. Or, when built over a cluster {@link ArchiveStore},
 * every view (search, article, entities, quotes, claims, stories, health and ingest) goes to that
 * store. Thread-safe.
 */
public final class ArchiveService implements Closeable {
    /** A request is never slower than this; an old searcher is closed after it. */
    private static final long RETIRE_SECONDS = 60;

    private final ArchiveLocation location;
    /** Loaded on first use: the NER model takes seconds, and most servers only read stored annotations. */
    private final Supplier<ArticleAnnotator> annotatorSource;
    private ArticleAnnotator annotator;
    private final ScheduledExecutorService retirer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "searcher-retirer");
        t.setDaemon(true);
        return t;
    });
    private volatile ArchiveSearcher searcher;
    private volatile ArchiveQueries queries;
    private volatile long generation;
    private ArchiveWriter writer;
    private volatile StoryCache stories;
    /** The cluster store, or null for the embedded archive. */
    private final ArchiveStore cluster;

    /** {@code annotator} runs on articles posted to the server, and on stored articles that have no annotations. */
    public ArchiveService(ArchiveLocation location, Supplier<ArticleAnnotator> annotator) throws IOException {
        this.location = location;
        this.annotatorSource = annotator;
        this.cluster = null;
        if (!location.exists()) {
            // an empty archive, so that the server can start and take articles by POST
            Files.createDirectories(location.dataDir());
            new ArchiveWriter(location, 1, 30).close();
        }
        this.searcher = new ArchiveSearcher(location);
        this.queries = new ArchiveQueries(searcher);
    }

    /** Serves a cluster store ({@code marsad serve --store ...}); closed with this service. */
    public ArchiveService(ArchiveStore cluster, Supplier<ArticleAnnotator> annotator) {
        this.location = null;
        this.annotatorSource = annotator;
        this.cluster = cluster;
    }

    /** A search over whichever store this service serves. */
    public SearchResults search(String query, SearchFilters filters, int offset, int limit, boolean facets)
            throws QuerySyntaxException, IOException {
        return cluster != null ? cluster.search(query, filters, offset, limit, facets)
                : searcher.search(query, filters, offset, limit, facets);
    }

    /** The other articles of {@code id}'s near-duplicate group. */
    public List<SearchHit> copiesOf(String id) throws IOException {
        return cluster != null ? cluster.copiesOf(id) : searcher.copiesOf(id);
    }

    public ArchiveLocation location() {
        return location;
    }

    public ArchiveSearcher searcher() {
        return searcher;
    }

    /** The entity list and profile, over whichever store this service serves. */
    public EntityViews entities() throws IOException {
        return cluster != null ? new EntityViews(cluster.entities(), cluster.articles()) : queries.views();
    }

    /** The quote and claim lists, over whichever store this service serves. */
    public AnnotationLists lists() throws IOException {
        return new AnnotationLists(cluster != null ? cluster.articles() : queries.articles());
    }

    /** Increases with every ingest that changed the archive; caches key on it. */
    public long generation() {
        return generation;
    }

    /** A stored article with its annotations (DocJson shape, offsets into the body). */
    public record AnnotatedArticle(Article article, ObjectNode annotations) {}

    /** The stored article with this id and its annotations, or null. */
    public AnnotatedArticle article(String id) throws IOException {
        ArticleView v = cluster != null ? cluster.article(id) : queries.article(id);
        if (v == null) {
            return null;
        }
        Article a = new Article(v.id(), v.source(), v.url(), v.title(), v.published(), v.body(), v.author());
        // an archive ingested with --no-extract keeps none: annotate on the fly
        ObjectNode annotations = v.annotations() != null ? v.annotations() : DocJson.of(annotator().annotate(a));
        return new AnnotatedArticle(a, annotations);
    }

    /** Searchable articles (exact duplicate records not counted). */
    public long articleCount() throws IOException {
        if (cluster != null) {
            return cluster.articleCount();
        }
        return searcher.searcher().count(new org.apache.lucene.search.TermQuery(
                new org.apache.lucene.index.Term(org.marsad.store.index.ArchiveSchema.KIND,
                        org.marsad.store.index.ArchiveSchema.KIND_ARTICLE)));
    }

    /** The dated articles for story clustering, cached until the next ingest. */
    public StoryCache stories() throws IOException {
        // a cluster may take articles from other writers: its article count tells when the cache is stale
        long current = cluster != null ? cluster.articleCount() : generation;
        StoryCache c = stories;
        if (c == null || c.generation() != current) {
            synchronized (this) {
                c = stories;
                if (c == null || c.generation() != current) {
                    long g = current;
                    List<StoryArticle> articles = cluster != null
                            ? ArchiveStoryReader.read(cluster.articles(), null, null, ZoneOffset.ofHours(3))
                            : ArchiveStoryReader.read(location, null, null, ZoneOffset.ofHours(3));
                    c = StoryCache.build(g, articles);
                    stories = c;
                }
            }
        }
        return c;
    }

    /**
     * Ingests a JSON-lines file (the request body saved by the caller) through the same reader and
     * writer as {@code marsad ingest}, commits, and makes the new articles searchable.
     */
    public synchronized IngestTally ingest(Path jsonl) throws IOException {
        if (cluster != null) {
            try (ArchiveSink sink = cluster.openSink(annotator(), Integer.MAX_VALUE)) {
                IngestTally t = new Ingester(InputFormat.JSONL, IngestProgress.NONE).run(List.of(jsonl), sink);
                generation++;
                return t;
            }
        }
        if (writer == null) {
            writer = new ArchiveWriter(location, Integer.MAX_VALUE, 3600, annotator());
        }
        IngestTally t = new Ingester(InputFormat.JSONL, IngestProgress.NONE).run(List.of(jsonl), writer);
        writer.commit();
        if (t.ingested() > 0 || t.duplicates() > 0) {
            ArchiveSearcher old = searcher;
            ArchiveSearcher fresh = new ArchiveSearcher(location);
            queries = new ArchiveQueries(fresh);
            searcher = fresh;
            generation++;
            retirer.schedule(() -> closeQuietly(old), RETIRE_SECONDS, TimeUnit.SECONDS);
        }
        return t;
    }

    private synchronized ArticleAnnotator annotator() {
        if (annotator == null) {
            annotator = annotatorSource.get();
        }
        return annotator;
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // nothing to do for a reader being retired
        }
    }

    @Override
    public synchronized void close() throws IOException {
        retirer.shutdownNow();
        if (cluster != null) {
            cluster.close();
            return;
        }
        try {
            if (writer != null) {
                writer.close();
            }
        } finally {
            searcher.close();
        }
    }
}
