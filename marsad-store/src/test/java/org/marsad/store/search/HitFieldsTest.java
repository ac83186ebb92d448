package org.marsad.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.article.Article;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveSchema;
import org.marsad.store.index.ArchiveWriter;

/** A hit read from the hit doc values shows exactly what the article's stored fields hold, missing values included. */
class HitFieldsTest {
    @TempDir
    Path dir;

    @Test
    void hitsShowTheStoredValues() throws Exception {
        ArchiveLocation loc = new ArchiveLocation(dir.resolve("data"));
        try (ArchiveWriter w = new ArchiveWriter(loc, 100, 30)) {
            w.add(Article.of("ahram", "http://ahram.example/1", "انسحاب القوات", LocalDate.of(2015, 7, 5),
                    "أكد المسئول أن الجيش الأمريكى فى العراق سينسحب من القواعد الشمالية.", null), "test");
            w.add(Article.of("Sabq", null, null, null, "قال المسؤول إن الجيش سينسحب من القواعد خلال العام المقبل.", null), "test");
        }
        try (ArchiveSearcher s = new ArchiveSearcher(loc)) {
            SearchResults r = s.search("الجيش", 10, false);
            assertEquals(2, r.hits().size());
            Set<String> fields = Set.of(ArchiveSchema.TITLE, ArchiveSchema.SOURCE, ArchiveSchema.URL, ArchiveSchema.PUBLISHED);
            for (SearchHit h : r.hits()) {
                TopDocs t = s.searcher().search(new TermQuery(new Term(ArchiveSchema.ID, h.id())), 1);
                assertEquals(1, t.scoreDocs.length, "hit id " + h.id() + " is an article id");
                Document d = s.searcher().storedFields().document(t.scoreDocs[0].doc, fields);
                assertEquals(d.get(ArchiveSchema.TITLE), h.title());
                assertEquals(d.get(ArchiveSchema.SOURCE), h.source());
                assertEquals(d.get(ArchiveSchema.URL), h.url());
                assertEquals(d.get(ArchiveSchema.PUBLISHED), h.published() == null ? null : h.published().toString());
            }
            assertFalse(r.hits().stream().allMatch(h -> h.title() == null), "one hit has a title");
        }
    }
}
