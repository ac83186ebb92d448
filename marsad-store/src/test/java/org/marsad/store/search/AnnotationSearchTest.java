package org.marsad.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.extract.doc.DocJson;
import org.marsad.store.AnnotatedFixtures;
import org.marsad.store.annotate.ArticleAnnotator;
import org.marsad.store.article.Article;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveWriter;
import org.marsad.store.query.ArchiveQueries;
import org.marsad.store.query.ArticleView;

/** Entity, speaker, type and claimant search, entity facets and stored annotations, on a real index. */
class AnnotationSearchTest {
    @TempDir
    static Path dir;
    static ArchiveSearcher searcher;
    static ArticleAnnotator annotator = AnnotatedFixtures.annotator();

    @BeforeAll
    static void build() throws Exception {
        ArchiveLocation loc = new ArchiveLocation(dir.resolve("data"));
        try (ArchiveWriter w = new ArchiveWriter(loc, 100, 30, annotator)) {
            for (Article a : AnnotatedFixtures.ALL) {
                w.add(a, "test");
            }
            assertTrue(w.extracts());
            assertEquals(0, w.annotationFailures());
        }
        searcher = new ArchiveSearcher(loc);
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private static Set<String> titles(String q) throws Exception {
        return searcher.search(q, 20, true).hits().stream().map(SearchHit::title).collect(Collectors.toSet());
    }

    @Test
    void entityFieldMatchesCanonicalNamesWithSpellingVariants() throws Exception {
        assertEquals(Set.of("ترامب والعراق", "بغداد ترد"), titles("entity:العراق"));
        // the canonical is written «عادل عبد المهدي»; an Egyptian ى and a missing word still find it
        assertEquals(Set.of("بغداد ترد"), titles("entity:\"عبد المهدى\""));
        assertEquals(Set.of("الميزانية"), titles("entity:أرامكو"));
        // «العراقية» in the ORG's name is not the entity العراق... but the analyzer stems; the ORG's words do match
        assertEquals(Set.of("ترامب والعراق"), titles("entity:\"وزارة الخارجية العراقية\""));
        assertEquals(Set.of(), titles("entity:الأجنبية"), "a word of the body that is no entity");
    }

    @Test
    void speakerIsTheQuotesSpeakerNotEveryoneNamed() throws Exception {
        // BAGHDAD names Trump inside a quote by the prime minister: Trump is not its speaker
        assertEquals(Set.of("ترامب والعراق"), titles("speaker:ترامب"));
        assertEquals(Set.of("بغداد ترد"), titles("speaker:\"عبد المهدي\""));
        assertEquals(Set.of("ترامب والعراق", "بغداد ترد"), titles("entity:ترامب"));
        assertEquals(Set.of("الميزانية"), titles("speaker:أرامكو"), "a noun-phrase speaker «شركة أرامكو»");
    }

    @Test
    void typeAndClaimantFilters() throws Exception {
        assertEquals(Set.of("ترامب والعراق", "الميزانية"), titles("type:ORG"));
        assertEquals(Set.of("ترامب والعراق", "الميزانية"), titles("type:org"), "types ignore case");
        assertEquals(Set.of("بغداد ترد"), titles("type:PER -type:ORG"));
        assertEquals(Set.of("الميزانية"), titles("claimant:\"وزارة المالية\""));
        assertEquals(Set.of("ترامب والعراق"), titles("claimant:الخارجية القوات"), "field filter combined with body words");
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> searcher.search("type:PERSON", 10, false));
        assertTrue(e.getMessage().contains("PER, ORG, LOC, MISC"), e.getMessage());
    }

    @Test
    void entityFacetsCountArticlesPerEntity() throws Exception {
        SearchResults r = searcher.search("القوات", 10, true);
        assertEquals(2, r.totalHits());
        List<EntityCount> es = r.byEntity();
        assertEquals(new EntityCount("LOC", "LOC/العراق", "العراق", 2), es.get(0), es.toString());
        assertTrue(es.contains(new EntityCount("PER", "PER/دونالد ترامب", "دونالد ترامب", 1)), es.toString());
        assertTrue(es.contains(new EntityCount("PER", "PER/ترامب", "ترامب", 1)), es.toString());
        assertTrue(es.stream().noneMatch(c -> c.name().equals("وزارة المالية")), "only entities of the matching articles");
    }

    @Test
    void filtersForTheApiNarrowAQueryOrTheWholeArchive() throws Exception {
        SearchResults r = searcher.search("", new SearchFilters(null, null, null, "LOC/العراق", null), 0, 10, true);
        assertEquals(2, r.totalHits());
        r = searcher.search("القوات", new SearchFilters(null, null, null, null, "ترامب"), 0, 10, false);
        assertEquals(List.of("ترامب والعراق"), r.hits().stream().map(SearchHit::title).toList());
        r = searcher.search(null, new SearchFilters(null, LocalDate.of(2020, 1, 6), null, "العراق", null), 0, 10, false);
        assertEquals(List.of("بغداد ترد"), r.hits().stream().map(SearchHit::title).toList());
        r = searcher.search(null, new SearchFilters("SABQ", null, null, null, null), 0, 10, false);
        assertEquals(1, r.totalHits());
        r = searcher.search(null, SearchFilters.NONE, 1, 10, false);
        assertEquals(3, r.totalHits());
        assertEquals(2, r.hits().size(), "offset skips the first hit");
    }

    @Test
    void storedAnnotationsRoundTripToTheAnalyzeContract() throws Exception {
        ArchiveQueries q = new ArchiveQueries(searcher);
        for (Article a : AnnotatedFixtures.ALL) {
            ArticleView v = q.article(a.id());
            assertEquals(a.body(), v.body());
            assertEquals(a.title(), v.title());
            String expected = DocJson.write(annotator.annotate(a));
            assertEquals(new ObjectMapper().readTree(expected), v.annotations(), a.title());
            // same field order as analyze --json, not only the same content
            assertEquals(expected, v.annotations().toString());
        }
        assertNull(q.article("no-such-id"));
    }
}
