package org.marsad.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.AnnotatedFixtures;
import org.marsad.store.article.Article;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveWriter;
import org.marsad.store.search.ArchiveSearcher;
import org.marsad.store.search.EntityCount;

/** The entity, quote and claim views over a real index of hand-written articles. */
class ArchiveQueriesTest {
    @TempDir
    static Path dir;
    static ArchiveSearcher searcher;
    static ArchiveQueries queries;

    @BeforeAll
    static void build() throws Exception {
        ArchiveLocation loc = new ArchiveLocation(dir.resolve("data"));
        try (ArchiveWriter w = new ArchiveWriter(loc, 100, 30, AnnotatedFixtures.annotator())) {
            for (Article a : AnnotatedFixtures.ALL) {
                w.add(a, "test");
            }
        }
        searcher = new ArchiveSearcher(loc);
        queries = new ArchiveQueries(searcher);
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    @Test
    void entitiesWithArticleAndMentionCounts() throws Exception {
        List<EntitySummary> all = queries.entities(null, null, 100);
        assertEquals(new EntitySummary("LOC", "LOC/العراق", "العراق", 2, 3), all.get(0), "most named first: " + all);
        assertEquals(8, all.size(), all.toString());
        assertTrue(all.contains(new EntitySummary("PER", "PER/دونالد ترامب", "دونالد ترامب", 1, 2)));
        List<EntitySummary> orgs = queries.entities("org", null, 100);
        assertEquals(List.of("أرامكو", "وزارة الخارجية العراقية", "وزارة المالية"),
                orgs.stream().map(EntitySummary::name).sorted().toList());
        // a name query finds it inside longer names, in another spelling (ى for final ي)
        assertEquals(List.of("PER/ترامب", "PER/دونالد ترامب"),
                queries.entities("PER", "ترامب", 10).stream().map(EntitySummary::key).sorted().toList());
        assertEquals(List.of("عادل عبد المهدي"), queries.entities(null, "عبد المهدى", 10).stream().map(EntitySummary::name).toList());
        assertEquals(1, queries.entities(null, null, 1).size(), "limit");
        assertThrows(IllegalArgumentException.class, () -> queries.entities("PERSON", null, 10));
    }

    @Test
    void entityProfileTimelineCompanyAndQuotesAboutIt() throws Exception {
        EntityProfile iraq = queries.entity("العراق", 10);
        assertEquals("العراق", iraq.name());
        assertEquals(Map.of("LOC", 2L), iraq.types());
        assertEquals(2, iraq.articles());
        assertEquals(3, iraq.mentions());
        assertEquals(List.of(new DayCount(LocalDate.of(2020, 1, 5), 1, 2), new DayCount(LocalDate.of(2020, 1, 6), 1, 1)),
                iraq.timeline());
        List<String> company = iraq.cooccurring().stream().map(EntityCount::key).toList();
        assertTrue(company.containsAll(List.of("PER/دونالد ترامب", "PER/عادل عبد المهدي", "LOC/بغداد")), company.toString());
        assertFalse(company.contains("LOC/العراق"), "not in its own company");
        assertFalse(company.contains("ORG/وزارة المالية"), "never named with it");
        // quotes whose words name Iraq, by both speakers; the reported speech of Trump ends in «فى العراق»
        assertEquals(List.of("إن ترامب لا يحترم سيادة العراق", "القوات الأمريكية ستبقى فى العراق", "لن نغادر العراق قبل أن ننهى المهمة"),
                iraq.quotesAbout().stream().map(QuoteHit::text).toList());
        assertTrue(iraq.quotesBy().isEmpty());
        assertTrue(iraq.claimsBy().isEmpty());
    }

    @Test
    void entityProfileOfASpeaker() throws Exception {
        EntityProfile trump = queries.entity("PER/دونالد ترامب", 10);
        assertEquals(List.of("PER/دونالد ترامب"), trump.keys());
        assertEquals(2, trump.quotesBy().size());
        QuoteHit q = trump.quotesBy().get(0);
        assertEquals("دونالد ترامب", q.speaker());
        assertEquals("الرئيس الأمريكى", q.speakerRole());
        assertEquals(AnnotatedFixtures.TRUMP.id(), q.articleId());
        assertEquals(q.text(), AnnotatedFixtures.TRUMP.body().substring(q.start(), q.end()));
        // the prime minister's quote names «ترامب» (another key: that article never writes the full name)
        EntityProfile surname = queries.entity("ترامب", 10);
        assertEquals(List.of("إن ترامب لا يحترم سيادة العراق"), surname.quotesAbout().stream().map(QuoteHit::text).toList());
        assertTrue(surname.quotesBy().isEmpty(), "the prime minister's quote is about him, not by him");
        EntityProfile ministry = queries.entity("وزارة الماليه", 10);
        assertEquals(1, ministry.claimsBy().size());
        assertEquals("نحو 12%", ministry.claimsBy().get(0).text());
        assertNull(queries.entity("بيروت", 10));
    }

    @Test
    void quotesBySpeakerAndWords() throws Exception {
        Page<QuoteHit> pm = queries.quotes("عبد المهدي", null, 0, 10);
        assertEquals(List.of("بغداد ترفض بقاء القوات الأجنبية", "إن ترامب لا يحترم سيادة العراق"),
                pm.items().stream().map(QuoteHit::text).toList());
        assertEquals(List.of("إن ترامب لا يحترم سيادة العراق"),
                queries.quotes(null, "سياده", 0, 10).items().stream().map(QuoteHit::text).toList(), "spelling folded");
        assertTrue(queries.quotes("ترامب", "سيادة", 0, 10).items().isEmpty(), "words of a quote by someone else");
        Page<QuoteHit> all = queries.quotes(null, null, 0, 2);
        assertEquals(2, all.items().size());
        assertTrue(all.more());
        // newest articles first; the rest on the next page
        assertEquals(LocalDate.of(2020, 1, 6), all.items().get(0).published());
        Page<QuoteHit> next = queries.quotes(null, null, 2, 10);
        assertEquals(5, next.items().size());
        assertFalse(next.more());
    }

    @Test
    void claimsByClaimantAndWords() throws Exception {
        Page<ClaimHit> deficit = queries.claims(null, "العجز", 0, 10);
        assertEquals(1, deficit.items().size());
        ClaimHit c = deficit.items().get(0);
        assertEquals("نحو 12%", c.text());
        assertEquals(12.0, c.value());
        assertEquals("PERCENT", c.kind());
        assertEquals("نحو", c.qualifier());
        assertEquals("وزارة المالية", c.claimant());
        assertEquals("العجز", c.subject());
        assertEquals("قالت وزارة المالية إن العجز بلغ نحو 12% من الناتج المحلي.", c.sentence());
        assertEquals(List.of("نحو 5000 جندي"),
                queries.claims("الخارجية العراقيه", null, 0, 10).items().stream().map(ClaimHit::text).toList());
        assertEquals(2, queries.claims(null, null, 0, 10).items().size());
        assertTrue(queries.claims("وزارة المالية", "جندي", 0, 10).items().isEmpty());
    }
}
