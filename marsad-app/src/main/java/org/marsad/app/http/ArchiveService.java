package org.marsad.app.http;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.marsad.store.annotate.ArticleAnnotator;
import org.marsad.store.annotate.StoredAnnotations;
import org.marsad.store.article.Article;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.marsad.extract.doc.DocJson;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveSchema;
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
 * writer opened on the first ingest request. Thread-safe.
 */
public final class ArchiveService implements Closeable {
    /** A request is never slower than this; an old searcher is closed after it. */
    private static final long RETIRE_SECONDS = 60;

    private final ArchiveLocation location;
    private final ArticleAnnotator annotator;
    private final ScheduledExecutorService retirer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "searcher-retirer");
        t.setDaemon(true);
        return t;
    });
    private volatile ArchiveSearcher searcher;
    private volatile long generation;
    private ArchiveWriter writer;
    private volatile StoryCache stories;

    /** {@code annotator} runs on articles posted to the server, and on stored articles that have no annotations. */
    public ArchiveService(ArchiveLocation location, ArticleAnnotator annotator) throws IOException {
        this.location = location;
        this.annotator = annotator;
        if (!location.exists()) {
            // an empty archive, so that the server can start and take articles by POST
            Files.createDirectories(location.dataDir());
            new ArchiveWriter(location, 1, 30).close();
        }
        this.searcher = new ArchiveSearcher(location);
    }

    public ArchiveLocation location() {
        return location;
    }

    public ArchiveSearcher searcher() {
        return searcher;
    }

    /** Increases with every ingest that changed the archive; caches key on it. */
    public long generation() {
        return generation;
    }

    /** A stored article with its annotations (DocJson shape, offsets into the body). */
    public record AnnotatedArticle(Article article, ObjectNode annotations) {}

    /** The stored article with this id and its annotations, or null. */
    public AnnotatedArticle article(String id) throws IOException {
        ArchiveSearcher s = searcher;
        var q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ArchiveSchema.ID, id)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(ArchiveSchema.KIND, ArchiveSchema.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
        TopDocs top = s.searcher().search(q, 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        Document d = s.searcher().storedFields().document(top.scoreDocs[0].doc);
        String published = d.get(ArchiveSchema.PUBLISHED);
        Article a = new Article(d.get(ArchiveSchema.ID), d.get(ArchiveSchema.SOURCE), d.get(ArchiveSchema.URL),
                d.get(ArchiveSchema.TITLE), published == null ? null : LocalDate.parse(published), d.get(ArchiveSchema.BODY),
                d.get(ArchiveSchema.AUTHOR));
        String stored = d.get(ArchiveSchema.ANNOTATIONS);
        // an archive ingested with --no-extract has none: annotate on the fly
        ObjectNode annotations = stored != null ? StoredAnnotations.decode(stored, a.body()) : DocJson.of(annotator.annotate(a));
        return new AnnotatedArticle(a, annotations);
    }

    /** The dated articles for story clustering, cached until the next ingest. */
    public StoryCache stories() throws IOException {
        StoryCache c = stories;
        if (c == null || c.generation() != generation) {
            synchronized (this) {
                c = stories;
                if (c == null || c.generation() != generation) {
                    long g = generation;
                    List<StoryArticle> articles = ArchiveStoryReader.read(location, null, null, ZoneOffset.ofHours(3));
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
        if (writer == null) {
            writer = new ArchiveWriter(location, Integer.MAX_VALUE, 3600, annotator);
        }
        IngestTally t = new Ingester(InputFormat.JSONL, IngestProgress.NONE).run(List.of(jsonl), writer);
        writer.commit();
        if (t.ingested() > 0 || t.duplicates() > 0) {
            ArchiveSearcher old = searcher;
            searcher = new ArchiveSearcher(location);
            generation++;
            retirer.schedule(() -> closeQuietly(old), RETIRE_SECONDS, TimeUnit.SECONDS);
        }
        return t;
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
        try {
            if (writer != null) {
                writer.close();
            }
        } finally {
            searcher.close();
        }
    }
}
