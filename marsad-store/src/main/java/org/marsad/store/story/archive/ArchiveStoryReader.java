package org.marsad.store.story.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.story.StoryArticle;
import org.marsad.store.story.StoryConfig;
import org.marsad.store.story.StoryEvidence;

/**
 * The dated articles of an archive in a day range, in publication order (articles without a date
 * cannot be placed in a story's time window and are left out). Exact duplicate records are not
 * articles and are skipped; near-duplicates are kept (they are evidence of a story's spread). An
 * article ingested with the extractors brings the entities and days of its lead from its stored
 * annotations ({@link StoryEvidence#fromStored}).
 */
public final class ArchiveStoryReader {
    private static final Set<String> FIELDS = Set.of(ArchiveSchema.ID, ArchiveSchema.SOURCE, ArchiveSchema.TITLE,
            ArchiveSchema.BODY, ArchiveSchema.PUBLISHED, ArchiveSchema.ANNOTATIONS);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArchiveStoryReader() {}

    /** Articles published in [from, to] (either may be null for open), oldest first. */
    public static List<StoryArticle> read(ArchiveLocation location, LocalDate from, LocalDate to, ZoneOffset offset)
            throws IOException {
        if (!location.exists()) {
            throw new IOException("no archive at " + location.dataDir().toAbsolutePath()
                    + " (run marsad ingest first, or pass --data DIR)");
        }
        List<StoryArticle> out = new ArrayList<>();
        try (Directory dir = location.open(); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
            long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ArchiveSchema.KIND, ArchiveSchema.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                    .add(LongPoint.newRangeQuery(ArchiveSchema.DATE, lo, hi), BooleanClause.Occur.FILTER)
                    .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                    .build();
            int total = Math.max(1, searcher.count(q));
            var stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(q, total).scoreDocs) {
                Document d = stored.document(sd.doc, FIELDS);
                LocalDate day = LocalDate.parse(d.get(ArchiveSchema.PUBLISHED));
                StoryArticle a = new StoryArticle(d.get(ArchiveSchema.ID), d.get(ArchiveSchema.SOURCE),
                        d.get(ArchiveSchema.TITLE), d.get(ArchiveSchema.BODY), day.atStartOfDay().toInstant(offset));
                String annotations = d.get(ArchiveSchema.ANNOTATIONS);
                if (annotations != null) {
                    // entity and date offsets are all that is read, so the span texts need not be restored
                    a = StoryEvidence.fromStored(a, JSON.readTree(annotations), StoryConfig.DEFAULT.leadWords());
                }
                out.add(a);
            }
        }
        out.sort(Comparator.comparing(StoryArticle::published).thenComparing(StoryArticle::id));
        return out;
    }
}
