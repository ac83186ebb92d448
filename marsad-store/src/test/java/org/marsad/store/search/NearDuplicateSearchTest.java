package org.marsad.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Fixtures;
import org.marsad.store.article.Article;
import org.marsad.store.index.AddOutcome;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.index.ArchiveWriter;

/** Near-duplicate linking at ingest, on a real Lucene archive: one hit per wire story, with its copies. */
class NearDuplicateSearchTest {
    @TempDir
    Path dir;

    private static Article article(String source, String title, String body) {
        return Article.of(source, null, title, LocalDate.of(2015, 8, 1), body, null);
    }

    @Test
    void copiesAreLinkedAtIngestAndShownOnceInSearch() throws Exception {
        ArchiveLocation loc = new ArchiveLocation(dir.resolve("data"));
        Article wire = article("spa", "افتتاح مستشفى جديد في جدة", Fixtures.WIRE);
        Article edited = article("okaz", "الصحة تفتتح مستشفى بسعة 300 سرير", Fixtures.EDITED);
        Article exact = article("sabq", "مستشفى جديد", Fixtures.WIRE);
        Article other = article("alriyadh", "الهلال يفوز", Fixtures.OTHER);
        try (ArchiveWriter w = new ArchiveWriter(loc, 100, 30)) {
            assertEquals(AddOutcome.ADDED, w.add(wire, "t"));
            assertEquals(AddOutcome.ADDED, w.add(edited, "t"));
            assertEquals(AddOutcome.DUPLICATE, w.add(exact, "t"));
            assertEquals(AddOutcome.ADDED, w.add(other, "t"));
            assertEquals(1, w.nearDuplicates());
        }
        try (ArchiveSearcher s = new ArchiveSearcher(loc)) {
            SearchResults r = s.search("مستشفى جدة", 10, false);
            assertEquals(1, r.hits().size(), "one hit for the wire story and its copies: " + r.hits());
            assertEquals(2, r.hits().get(0).copies());
            List<String> copies = s.copiesOf(wire.id()).stream().map(SearchHit::id).toList();
            assertEquals(List.of(edited.id(), exact.id()), copies);
            TopDocs t = s.searcher().search(new TermQuery(new Term(ArchiveSchema.ID, edited.id())), 1);
            Document d = s.searcher().storedFields().document(t.scoreDocs[0].doc);
            assertEquals(wire.id(), d.get(ArchiveSchema.NEAR_DUPLICATE_OF));
            assertTrue(d.getField(ArchiveSchema.NEAR_SIMILARITY).numericValue().doubleValue() >= 0.7);
            assertEquals(0, s.search("الهلال", 10, false).hits().get(0).copies());
        }
        // reopened, the archive still knows its signatures: a later copy joins the same group
        Article later = article("alwatan", "مستشفى جديد في جدة", Fixtures.EDITED + "\nجميع الحقوق محفوظة.");
        try (ArchiveWriter w = new ArchiveWriter(loc, 100, 30)) {
            assertEquals(AddOutcome.ADDED, w.add(later, "t"));
            assertEquals(1, w.nearDuplicates());
        }
        try (ArchiveSearcher s = new ArchiveSearcher(loc)) {
            assertEquals(3, s.search("مستشفى جدة", 10, false).hits().get(0).copies());
        }
    }

    @Test
    void equalScoresGoByArticleIdAndTheSmallestIdStandsForItsGroup() throws Exception {
        ArchiveLocation loc = new ArchiveLocation(dir.resolve("data"));
        LocalDate day = LocalDate.of(2015, 8, 1);
        // indexed in the reverse of id order; sign-offs and sentences of one length keep the scores equal
        Article wireZ = new Article("z-wire", "spa", null, "مستشفى", day, "جدة - واس\n" + Fixtures.WIRE, null);
        Article wireA = new Article("a-wire", "okaz", null, "مستشفى", day, "أبها - واس\n" + Fixtures.WIRE, null);
        Article hotM = new Article("m-weather", "sabq", null, "نشرة", day, "الطقس حار في مدينة الرياض", null);
        Article coldB = new Article("b-weather", "alwatan", null, "نشرة", day, "الطقس بارد في مدينة أبها", null);
        Article mildK = new Article("k-weather", "madina", null, "نشرة", day, "الطقس معتدل في مدينة جدة", null);
        try (ArchiveWriter w = new ArchiveWriter(loc, 100, 30)) {
            for (Article a : List.of(wireZ, wireA, mildK, hotM, coldB)) {
                assertEquals(AddOutcome.ADDED, w.add(a, "t"));
            }
            assertEquals(1, w.nearDuplicates());
        }
        try (ArchiveSearcher s = new ArchiveSearcher(loc)) {
            SearchResults wire = s.search("مستشفى", 10, false);
            assertEquals(List.of("a-wire"), wire.hits().stream().map(SearchHit::id).toList(),
                    "the group's first indexed article is z-wire, but a-wire ties it and has the smaller id");
            assertEquals(1, wire.hits().get(0).copies());
            SearchResults weather = s.search("الطقس", 10, false);
            assertEquals(weather.hits().get(0).score(), weather.hits().get(1).score());
            assertEquals(List.of("b-weather", "k-weather", "m-weather"), weather.hits().stream().map(SearchHit::id).toList());
            // one hit asked: the first top-k (2 hits) cuts the run of 3 equal scores, which is fetched whole before ids decide
            assertEquals(List.of("b-weather"), s.search("الطقس", 1, false).hits().stream().map(SearchHit::id).toList());
        }
    }

    @Test
    void copiesFillingTheFirstHitsStillLeaveRoomForOtherStories() throws Exception {
        ArchiveLocation loc = new ArchiveLocation(dir.resolve("data"));
        // six copies of one wire story, each with its own sign-off line, outscore the one other story
        String[] signOffs = {"جدة - واس", "الرياض - واس", "الدمام - واس", "مكة - واس", "المدينة - واس", "أبها - واس"};
        Article wire = article("spa", "افتتاح مستشفى جديد في جدة", Fixtures.WIRE);
        Article other = article("alriyadh", "الهلال يفوز", Fixtures.OTHER + "\nوزار لاعبو الفريق مستشفى في جدة.");
        try (ArchiveWriter w = new ArchiveWriter(loc, 100, 30)) {
            assertEquals(AddOutcome.ADDED, w.add(wire, "t"));
            for (int i = 0; i < signOffs.length; i++) {
                assertEquals(AddOutcome.ADDED, w.add(article("src" + i, "مستشفى جديد في جدة", signOffs[i] + "\n" + Fixtures.WIRE), "t"));
            }
            assertEquals(AddOutcome.ADDED, w.add(other, "t"));
            assertEquals(signOffs.length, w.nearDuplicates());
        }
        try (ArchiveSearcher s = new ArchiveSearcher(loc)) {
            // two groups asked for: the first top-k (2 x 2 hits) holds copies only, so the searcher must look further
            SearchResults two = s.search("مستشفى جدة", 2, false);
            assertEquals(2, two.hits().size(), "the wire story once, then the other story: " + two.hits());
            assertEquals(signOffs.length, two.hits().get(0).copies());
            assertEquals(other.id(), two.hits().get(1).id());
            assertEquals(0, two.hits().get(1).copies());
            assertEquals(8, two.totalHits());
            // the same two hits, in the same order and with the same scores, as a larger page gives
            SearchResults ten = s.search("مستشفى جدة", 10, false);
            assertEquals(two.hits(), ten.hits());
        }
    }
}
