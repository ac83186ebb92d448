package org.marsad.store.story.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedTest {
    @Test
    void handComputedExample() {
        // gold: A={a,b,c}, B={d,e}; predicted: {a,b}, {c,d,e}, and x (unlabeled) with a
        Map<String, String> gold = Map.of("a", "A", "b", "A", "c", "A", "d", "B", "e", "B");
        Map<String, Integer> pred = Map.of("a", 1, "b", 1, "c", 2, "d", 2, "e", 2, "x", 1);
        BCubed.Score s = BCubed.score(gold, pred);
        // precision: a,b 1; c 1/3; d,e 2/3 -> (2 + 1/3 + 4/3) / 5
        assertEquals((2 + 1.0 / 3 + 4.0 / 3) / 5, s.precision(), 1e-9);
        // recall: a,b 2/3; c 1/3; d,e 1 -> (4/3 + 1/3 + 2) / 5
        assertEquals((4.0 / 3 + 1.0 / 3 + 2) / 5, s.recall(), 1e-9);
    }

    @Test
    void perfectAndSingletonClusterings() {
        Map<String, String> gold = Map.of("a", "A", "b", "A", "c", "B");
        assertEquals(1.0, BCubed.score(gold, Map.of("a", 1, "b", 1, "c", 2)).f1(), 1e-9);
        BCubed.Score singletons = BCubed.score(gold, Map.of("a", 1, "b", 2, "c", 3));
        assertEquals(1.0, singletons.precision(), 1e-9);
        assertEquals((0.5 + 0.5 + 1) / 3, singletons.recall(), 1e-9);
    }

    @Test
    void aLabeledArticleWithoutClusterIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> BCubed.score(Map.of("a", "A"), Map.of()));
    }

    @Test
    void labelFilesAreCheckedAndTheBundledOnesLoad() {
        StoryLabels test = StoryLabels.bundled("test");
        assertTrue(test.stories() >= 30 && test.articles() >= 300, test.stories() + " / " + test.articles());
        assertTrue(StoryLabels.bundled("dev").stories() > 0);
        String twice = "S1\tone\tsnn-1 snn-2\nS2\ttwo\tsnn-2\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoryLabels.parse(
                new ByteArrayInputStream(twice.getBytes(StandardCharsets.UTF_8)), "t.tsv"));
        assertTrue(e.getMessage().startsWith("t.tsv:2:"), e.getMessage());
        String bad = "S1 one snn-1\n";
        e = assertThrows(IllegalArgumentException.class, () -> StoryLabels.parse(
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "b.tsv"));
        assertTrue(e.getMessage().startsWith("b.tsv:1:"), e.getMessage());
    }
}
