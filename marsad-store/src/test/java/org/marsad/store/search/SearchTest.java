package org.marsad.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.article.Article;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveWriter;

class SearchTest {
    /** Egyptian spelling: final ى for ي, no hamza. */
    static final String EGYPT = "أكد المسئول أن الجيش الأمريكى فى العراق سينسحب من القواعد الشمالية قبل نهاية العام.";
    /** Diacritics, tatweel and clitics inside the words a query will ask for. */
    static final String MARKED = "وَقَالَ وزيرُ الخارجيـــة إنّ المفاوضاتِ بالقاهرةِ ستُستأنَفُ، وللمفاوضين مطالبُ واضحة.";

    @TempDir
    static Path dir;
    static ArchiveSearcher searcher;
    static ArchiveLocation loc;

    @BeforeAll
    static void build() throws Exception {
        loc = new ArchiveLocation(dir.resolve("data"));
        try (ArchiveWriter w = new ArchiveWriter(loc, 100, 30)) {
            add(w, "ahram", "انسحاب القوات", LocalDate.of(2015, 7, 5), EGYPT);
            add(w, "aawsat", "مفاوضات القاهرة", LocalDate.of(2015, 7, 20), MARKED);
            add(w, "aawsat", "أسعار النفط", LocalDate.of(2015, 8, 2),
                    "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار منظمة أوبك خفض الإنتاج.");
            add(w, "okaz", "النفط والذهب", LocalDate.of(2015, 8, 30),
                    "تراجعت أسعار الذهب بينما استقرت أسعار النفط خلال تعاملات الأسبوع.");
            add(w, "sabq", "منظمة أوبك", LocalDate.of(2018, 2, 10),
                    "قالت منظمة أوبك إن إنتاج النفط سيبقى مستقراً، وإن الأسعار مرشحة للارتفاع.");
            add(w, "sabq", "بلا تاريخ", null, "خبر بلا تاريخ عن الذهب والفضة في السوق المحلية.");
        }
        searcher = new ArchiveSearcher(loc);
    }

    private static void add(ArchiveWriter w, String source, String title, LocalDate date, String body) throws Exception {
        w.add(Article.of(source, "http://" + source + ".example/" + title.hashCode(), title, date, body, null), "test");
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private static Set<String> titles(String q) throws Exception {
        return searcher.search(q, 20, true).hits().stream().map(SearchHit::title).collect(Collectors.toSet());
    }

    @Test
    void standardSpellingFindsEgyptianSpelling() throws Exception {
        SearchResults r = searcher.search("الأمريكي في العراق", 10, true);
        assertEquals(1, r.totalHits());
        assertEquals("انسحاب القوات", r.hits().get(0).title());
        Snippet s = r.hits().get(0).snippet();
        List<String> marked = s.highlights().stream().map(h -> s.text().substring(h.start(), h.end())).toList();
        assertEquals(List.of("الأمريكى", "العراق"), marked);
    }

    @Test
    void highlightCoversTheOriginalWordWithDiacriticsTatweelAndClitics() throws Exception {
        SearchResults r = searcher.search("الخارجية مطالب مفاوضين", 10, false);
        assertEquals(1, r.totalHits());
        Snippet s = r.hits().get(0).snippet();
        assertNotNull(s);
        List<String> marked = s.highlights().stream().map(h -> s.text().substring(h.start(), h.end())).toList();
        assertEquals(List.of("الخارجيـــة", "وللمفاوضين", "مطالبُ"), marked);
        // and the offsets are right in the stored body, not only in the snippet
        for (Snippet.Highlight h : s.highlights()) {
            assertEquals(s.text().substring(h.start(), h.end()),
                    MARKED.substring(s.start() + h.start(), s.start() + h.end()));
        }
        assertTrue(s.marked("[[", "]]").contains("وزيرُ [[الخارجيـــة]] إنّ"), s.marked("[[", "]]"));
    }

    @Test
    void booleanPhraseAndNegation() throws Exception {
        assertEquals(Set.of("أسعار النفط", "النفط والذهب", "منظمة أوبك"), titles("النفط"));
        assertEquals(Set.of("أسعار النفط", "منظمة أوبك"), titles("النفط أوبك"), "all words required");
        assertEquals(Set.of("النفط والذهب", "بلا تاريخ", "منظمة أوبك", "أسعار النفط"), titles("الذهب OR أوبك"));
        assertEquals(Set.of("أسعار النفط", "منظمة أوبك"), titles("النفط NOT الذهب"));
        assertEquals(Set.of("أسعار النفط", "منظمة أوبك"), titles("النفط -الذهب"));
        assertEquals(Set.of("أسعار النفط"), titles("\"أسعار النفط\" أوبك"));
        assertEquals(Set.of(), titles("\"النفط أسعار\" أوبك"), "a phrase keeps word order");
    }

    @Test
    void fieldFilters() throws Exception {
        assertEquals(Set.of("أسعار النفط", "النفط والذهب"), titles("title:النفط"));
        assertEquals(Set.of("منظمة أوبك"), titles("النفط source:sabq"));
        assertEquals(Set.of("منظمة أوبك"), titles("النفط source:SABQ"), "source names ignore case");
        assertEquals(Set.of("أسعار النفط", "النفط والذهب"), titles("النفط date:2015-08-01..2015-08-31"));
        assertEquals(Set.of("أسعار النفط", "النفط والذهب"), titles("النفط date:2015-08"));
        assertEquals(Set.of("منظمة أوبك"), titles("النفط date:2016-01-01.."));
        assertEquals(Set.of("انسحاب القوات", "مفاوضات القاهرة"), titles("date:[2015-07-01 TO 2015-07-31]"));
        assertEquals(Set.of("بلا تاريخ"), titles("الذهب -date:2015"));
    }

    @Test
    void syntaxErrorsAreOneClearLine() {
        for (String q : new String[] {"\"أسعار النفط", "(النفط OR", "النفط AND", "date:2015-13-45", "", "في من على"}) {
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> searcher.search(q, 10, false), q);
            assertTrue(!e.getMessage().contains("\n") && !e.getMessage().contains("\\u"), e.getMessage());
        }
    }

    @Test
    void facetsBySourceAndMonth() throws Exception {
        SearchResults r = searcher.search("النفط OR الذهب", 1, true);
        assertEquals(4, r.totalHits());
        assertEquals(1, r.hits().size(), "facets count all matches, not only the hits shown");
        assertEquals(List.of(new FacetCount("sabq", 2), new FacetCount("aawsat", 1), new FacetCount("okaz", 1)),
                r.bySource(), "most frequent first");
        assertEquals(List.of(new FacetCount("2015-08", 2), new FacetCount("2018-02", 1)), r.byMonth());
    }

    @Test
    void stats() throws Exception {
        ArchiveStats st = ArchiveStats.of(loc, searcher);
        assertEquals(6, st.articles());
        assertEquals(1, st.undated());
        assertEquals(LocalDate.of(2015, 7, 5), st.firstDate());
        assertEquals(LocalDate.of(2018, 2, 10), st.lastDate());
        assertEquals(4, st.sources().size());
        assertTrue(st.indexBytes() > 0);
    }
}
