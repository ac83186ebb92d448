package org.marsad.store.index;

import java.io.Closeable;
import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
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
public final class ArchiveWriter implements Closeable {
    private final ArchiveLocation location;
    private final Directory dir;
    private final IndexWriter writer;
    private final KnownArticles known;
    /** Links each new article to the first earlier article it copies (light edits, other headline, byline). */
    private final NearDuplicateIndex nearDuplicates;
    private long nearDuplicateCount;
    private final ArticleDocuments documents = new ArticleDocuments();
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
        this.location = location;
        this.commitEvery = Math.max(1, commitEvery);
        this.commitEveryNanos = commitSeconds * 1_000_000_000L;
        this.dir = location.open();
        IndexWriterConfig cfg = new IndexWriterConfig(ArchiveSchema.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
        try {
            this.writer = new IndexWriter(dir, cfg);
        } catch (LockObtainFailedException e) {
            dir.close();
            throw new IOException("the archive at " + location.dataDir() + " is being written by another marsad process", e);
        }
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            this.known = KnownArticles.load(r);
            this.nearDuplicates = ArchiveNearDuplicates.load(r);
        }
    }

    /** Adds one article; {@code origin} (file or file:line) is kept with a duplicate record. */
    public AddOutcome add(Article a, String origin) throws IOException {
        return known.hasId(a.id()) ? AddOutcome.ALREADY_PRESENT : add(a, ArticleDocuments.bodyKey(a), origin);
    }

    /** As {@link #add(Article, String)}, with the body key computed by the caller (on another thread). */
    public AddOutcome add(Article a, String bodyKey, String origin) throws IOException {
        if (known.hasId(a.id())) {
            return AddOutcome.ALREADY_PRESENT;
        }
        String original = known.articleWithBody(bodyKey);
        AddOutcome outcome;
        if (original != null) {
            String group = nearDuplicates.originalOf(original);
            writer.addDocument(documents.duplicate(a, original, origin, group == null ? original : group));
            known.addDuplicate(a.id());
            outcome = AddOutcome.DUPLICATE;
        } else {
            MinHashSignature signature = nearDuplicates.signature(a.body());
            DuplicateLink link = nearDuplicates.add(a.id(), signature);
            if (link.isDuplicate()) {
                nearDuplicateCount++;
            }
            writer.addDocument(documents.article(a, bodyKey, signature, link));
            known.addArticle(a.id(), bodyKey);
            outcome = AddOutcome.ADDED;
        }
        pending++;
        if (pending >= commitEvery || System.nanoTime() - lastCommit >= commitEveryNanos) {
            commit();
        }
        return outcome;
    }

    /** Makes everything added so far durable. */
    public void commit() throws IOException {
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
            commit();
            writer.close();
        } finally {
            dir.close();
        }
    }
}
