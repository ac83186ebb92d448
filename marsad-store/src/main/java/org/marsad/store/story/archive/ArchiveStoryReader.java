package org.marsad.store.story.archive;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.query.ArchiveQueries;
import org.marsad.store.query.ArticleSource;
import org.marsad.store.search.ArchiveSearcher;
import org.marsad.store.story.StoryArticle;
import org.marsad.store.story.StoryConfig;
import org.marsad.store.story.StoryEvidence;

/**
 * The dated articles of an archive in a day range, in publication order (articles without a date
 * cannot be placed in a story's time window and are left out). Exact duplicate records are not
 * articles and are skipped; near-duplicates are kept (they are evidence of a story's spread). An
 * article ingested with the extractors brings the entities and days of its lead from its stored
 * annotations ({@link StoryEvidence#fromStored}). Reads any store through its {@link ArticleSource}.
 */
public final class ArchiveStoryReader {
    private ArchiveStoryReader() {}

    /** Articles of the embedded archive published in [from, to] (either may be null for open), oldest first. */
    public static List<StoryArticle> read(ArchiveLocation location, LocalDate from, LocalDate to, ZoneOffset offset)
            throws IOException {
        if (!location.exists()) {
            throw new IOException("no archive at " + location.dataDir().toAbsolutePath()
                    + " (run marsad ingest first, or pass --data DIR)");
        }
        try (ArchiveSearcher searcher = new ArchiveSearcher(location)) {
            return read(new ArchiveQueries(searcher).articles(), from, to, offset);
        }
    }

    /** Articles of any store published in [from, to] (either may be null for open), oldest first (ties by id). */
    public static List<StoryArticle> read(ArticleSource articles, LocalDate from, LocalDate to, ZoneOffset offset)
            throws IOException {
        Query dated = from == null && to == null ? new FieldExistsQuery(ArchiveSchema.DATE)
                : LongPoint.newRangeQuery(ArchiveSchema.DATE, from == null ? Long.MIN_VALUE : from.toEpochDay(),
                        to == null ? Long.MAX_VALUE : to.toEpochDay());
        List<StoryArticle> out = new ArrayList<>();
        articles.forEachNewestFirst(dated, Integer.MAX_VALUE, v -> {
            StoryArticle a = new StoryArticle(v.id(), v.source(), v.title(), v.body(),
                    v.published().atStartOfDay().toInstant(offset));
            if (v.annotations() != null) {
                a = StoryEvidence.fromStored(a, v.annotations(), StoryConfig.DEFAULT.leadWords());
            }
            out.add(a);
            return true;
        });
        out.sort(Comparator.comparing(StoryArticle::published).thenComparing(StoryArticle::id));
        return out;
    }
}
