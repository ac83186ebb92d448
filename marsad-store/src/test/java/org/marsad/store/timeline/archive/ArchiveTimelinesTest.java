package org.marsad.store.timeline.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.article.Article;
import org.marsad.store.index.ArchiveLocation;
import org.marsad.store.index.ArchiveWriter;
import org.marsad.store.search.ArchiveSearcher;
import org.marsad.store.timeline.Timeline;

class ArchiveTimelinesTest {
    @TempDir
    Path dir;

    @Test
    void countsMatchingDatedArticlesPerDayWithSpellingFolded() throws Exception {
        ArchiveLocation loc = new ArchiveLocation(dir.resolve("data"));
        try (ArchiveWriter w = new ArchiveWriter(loc, 100, 30)) {
            w.add(Article.of("a", null, "t1", LocalDate.of(2015, 8, 1), "أعلنت وزارة الصحة حملة تطعيم جديدة.", null), "t");
            w.add(Article.of("b", null, "t2", LocalDate.of(2015, 8, 1), "قالت وزاره الصحه إن الحملة بدأت.", null), "t");
            w.add(Article.of("c", null, "t3", LocalDate.of(2015, 8, 3), "وزارة الصحة تحذر من الحر.", null), "t");
            w.add(Article.of("d", null, "t4", null, "وزارة الصحة بلا تاريخ.", null), "t");
            w.add(Article.of("e", null, "t5", LocalDate.of(2015, 8, 2), "وزارة التعليم تعلن موعد الدراسة.", null), "t");
        }
        try (ArchiveSearcher s = new ArchiveSearcher(loc)) {
            Timeline t = new ArchiveTimelines(s.searcher()).of("\"وزارة الصحة\"");
            assertEquals(Map.of(LocalDate.of(2015, 8, 1), 2, LocalDate.of(2015, 8, 3), 1), t.countsByDay());
            assertTrue(new ArchiveTimelines(s.searcher()).of("غائب").isEmpty());
        }
    }
}
