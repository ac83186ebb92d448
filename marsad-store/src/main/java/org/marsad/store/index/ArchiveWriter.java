package org.marsad.store.index;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.marsad.extract.doc.Doc;
import org.marsad.store.annotate.ArticleAnnotator;
import org.marsad.store.article.Article;
import org.marsad.store.dedup.DuplicateLink;
import org.marsad.store.dedup.MinHashSignature;
import org.marsad.store.dedup.NearDuplicateIndex;

/**
 * Adds articles to the archive with dedup, committing in batches: a crash (even kill -9) loses at
 * most the articles since the last commit, and the next run, which dedups against what was
 * committed, adds them again. Not thread-safe: one ingest at a time (Lucene's write lock
 * refuses a second process).
 */
public final class ArchiveWriter implements ArchiveSink {
    private final ArchiveLocation location;
    private final Directory dir;
    private final IndexWriter writer;
    private final BackgroundFlusher flusher;
    private final KnownArticles known;
    /** What the archive held when opened, read-only: other threads may ask it (see {@link #wasKnownAtOpen}). */
    private final KnownArticles.Snapshot knownAtOpen;
    /** Links each new article to the first earlier article it copies (light edits, other headline, byline). */
    private final NearDuplicateIndex nearDuplicates;
    private long nearDuplicateCount;
    private final ArticleDocuments documents = new ArticleDocuments();
    /** The archive's analyzer for {@link #analyze} on preparing threads (per-thread state, apart from the writer's). */
    private final org.apache.lucene.analysis.Analyzer preparing = ArchiveSchema.analyzer();
    /** Runs the extractors on each new article; null when extraction is off. */
    private final ArticleAnnotator annotator;
    private long annotationNanos;
    private long annotationFailures;
    private final int commitEvery;
    private final long commitEveryNanos;
    private int pending;
    private long lastCommit = System.nanoTime();
    private long commits;

    /**
     * @param commitEvery    commit after this many added documents
     * @param commitSeconds  ... or after this many seconds with pending documents
     */
    public ArchiveWriter(ArchiveLocation location, int commitEvery, int commitSeconds) throws IOException {
        this(location, commitEvery, commitSeconds, null);
    }

    /**
     * As {@link #ArchiveWriter(ArchiveLocation, int, int)}; each article added (not the duplicate
     * records) is annotated by {@code annotator}, or not at all when it is null.
     */
    public ArchiveWriter(ArchiveLocation location, int commitEvery, int commitSeconds, ArticleAnnotator annotator)
            throws IOException {
        this.location = location;
        this.annotator = annotator;
        this.commitEvery = Math.max(1, commitEvery);
        this.commitEveryNanos = commitSeconds * 1_000_000_000L;
        this.dir = location.open();
        IndexWriterConfig cfg = new IndexWriterConfig(ArchiveSchema.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128) // a backstop: BackgroundFlusher writes segments at 64 MB
                .setCommitOnClose(true);
        try {
            this.writer = new IndexWriter(dir, cfg);
        } catch (LockObtainFailedException e) {
            dir.close();
            throw new IOException("the archive at " + location.dataDir() + " is being written by another marsad process", e);
        }
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            this.known = KnownArticles.load(r);
            this.knownAtOpen = known.snapshot();
            this.nearDuplicates = ArchiveNearDuplicates.load(r);
        } catch (IOException | RuntimeException e) {
            writer.close();
            dir.close();
            throw e;
        }
        this.flusher = new BackgroundFlusher(writer);
    }

    /** Adds one article; {@code origin} (file or file:line) is kept with a duplicate record. */
    public AddOutcome add(Article a, String origin) throws IOException {
        return known.hasId(a.id()) ? AddOutcome.ALREADY_PRESENT : add(a, ArticleDocuments.bodyKey(a), origin);
    }

    /** As {@link #add(Article, String)}, with the body key computed by the caller (on another thread). */
    public AddOutcome add(Article a, String bodyKey, String origin) throws IOException {
        return add(a, bodyKey, origin, null);
    }

    /**
     * As {@link #add(Article, String, String)}, with the article's annotations computed by the
     * caller (on another thread) by {@link #annotator()}; null lets the writer run the annotator.
     */
    public AddOutcome add(Article a, String bodyKey, String origin, Doc precomputed) throws IOException {
        return add(a, bodyKey, origin, precomputed, null);
    }

    /**
     * As {@link #add(Article, String, String, Doc)}, with the body's near-duplicate signature
     * computed by the caller (on another thread) by {@link #signatureOf}; null lets the writer
     * compute it.
     */
    public AddOutcome add(Article a, String bodyKey, String origin, Doc precomputed, MinHashSignature signature)
            throws IOException {
        return add(a, bodyKey, origin, precomputed, signature, null);
    }

    /**
     * As {@link #add(Article, String, String, Doc, MinHashSignature)}, with the title and body
     * analyzed by the caller (on another thread) by {@link #analyze}; null lets Lucene analyze them.
     */
    @Override
    public AddOutcome add(Article a, String bodyKey, String origin, Doc precomputed, MinHashSignature signature,
            AnalyzedArticle analyzed) throws IOException {
        if (known.hasId(a.id())) {
            return AddOutcome.ALREADY_PRESENT;
        }
        String original = known.articleWithBody(bodyKey);
        AddOutcome outcome;
        if (original != null) {
            String group = nearDuplicates.originalOf(original);
            writer.addDocument(documents.duplicate(a, original, origin, group == null ? original : group));
            flusher.added();
            known.addDuplicate(a.id());
            outcome = AddOutcome.DUPLICATE;
        } else {
            if (signature == null) {
                signature = nearDuplicates.signature(a.body());
            }
            DuplicateLink link = nearDuplicates.add(a.id(), signature);
            if (link.isDuplicate()) {
                nearDuplicateCount++;
            }
            Doc annotations = annotator == null ? null : precomputed;
            if (annotator != null && annotations == null) {
                long t0 = System.nanoTime();
                try {
                    annotations = annotator.annotate(a);
                } catch (RuntimeException e) {
                    // an extractor bug must not lose the article: it is kept, searchable, without annotations
                    annotationFailures++;
                }
                annotationNanos += System.nanoTime() - t0;
            }
            writer.addDocument(documents.article(a, bodyKey, signature, link, annotations, analyzed));
            flusher.added();
            known.addArticle(a.id(), bodyKey);
            outcome = AddOutcome.ADDED;
        }
        pending++;
        if (pending >= commitEvery || System.nanoTime() - lastCommit >= commitEveryNanos) {
            // durable a moment later, on the flushing thread, while this one goes on adding
            flusher.commitInBackground();
            commits++;
            pending = 0;
            lastCommit = System.nanoTime();
        }
        return outcome;
    }

    /** Makes everything added so far durable, before returning. */
    public void commit() throws IOException {
        flusher.awaitIdle();
        if (pending > 0 || !location.exists()) {
            writer.commit();
            commits++;
        }
        pending = 0;
        lastCommit = System.nanoTime();
    }

    /** Articles added in this session that were linked to an earlier article as near-duplicates. */
    public long nearDuplicates() {
        return nearDuplicateCount;
    }

    /** The annotator of new articles, or null when extraction is off. */
    public ArticleAnnotator annotator() {
        return annotator;
    }

    /**
     * True when the archive held this id or body when it was opened, so adding the article again
     * will not index it: lets a reading thread skip extracting it. Safe to call from any thread.
     */
    public boolean wasKnownAtOpen(String id, String bodyKey) {
        return knownAtOpen.has(id, bodyKey);
    }

    /**
     * The near-duplicate signature of a body, as {@link #add(Article, String, String, Doc,
     * MinHashSignature)} takes it: a pure function of the text, safe to call from any thread, so
     * that a reading thread can compute it while this one indexes.
     */
    public MinHashSignature signatureOf(String body) {
        return nearDuplicates.signature(body);
    }

    /**
     * The title and body of {@code a} as this archive's analyzer tokenizes them, as {@link
     * #add(Article, String, String, Doc, MinHashSignature, AnalyzedArticle)} takes them: a pure
     * function of the texts, safe to call from any number of threads while this one adds.
     */
    @Override
    public AnalyzedArticle analyze(Article a) {
        return AnalyzedArticle.of(preparing, a);
    }

    /** True when new articles are run through the extractors. */
    public boolean extracts() {
        return annotator != null;
    }

    /** Time spent in the extractors in this session, in nanoseconds. */
    public long annotationNanos() {
        return annotationNanos;
    }

    /** Articles of this session kept without annotations because an extractor failed on them. */
    public long annotationFailures() {
        return annotationFailures;
    }

    /** CPU time of the thread that wrote segments in the background, once this writer is closed; else -1. */
    public long flushingCpuNanos() {
        return flusher.cpuNanos();
    }

    public long commits() {
        return commits;
    }

    /** Articles and duplicate records known to the archive, including uncommitted ones. */
    public int knownCount() {
        return known.size();
    }

    @Override
    public void close() throws IOException {
        try {
            try {
                flusher.close();
            } finally {
                commit();
                writer.close();
            }
        } finally {
            preparing.close();
            dir.close();
        }
    }
}
