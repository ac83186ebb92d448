package org.marsad.store.dedup.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.store.Fixtures;

class CoverageGoldTest {
    @Test
    void editedCopyIsACopyAndAnotherStoryIsNot() {
        long[] wire = CoverageGold.words(Fixtures.WIRE);
        assertEquals(CoverageGold.Verdict.COPY, CoverageGold.judge(wire, CoverageGold.words(Fixtures.EDITED)));
        assertEquals(CoverageGold.Verdict.DIFFERENT, CoverageGold.judge(wire, CoverageGold.words(Fixtures.OTHER)));
        assertEquals(CoverageGold.Verdict.DIFFERENT, CoverageGold.judge(new long[0], new long[0]));
    }

    @Test
    void coverageCountsOnlyWordsInsideSharedFiveGrams() {
        long[] a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        long[] b = {1, 2, 3, 4, 5, 99, 7, 8, 9, 10};
        // only 1..5 lie in a 5-gram of the other text; 7..10 are four words, too short for a 5-gram
        assertEquals(0.5, CoverageGold.coverage(a, b), 1e-9);
    }

    @Test
    void syntheticEditsAreDeterministicAndStayCopies() {
        SyntheticEdits.Copy c1 = SyntheticEdits.edit(Fixtures.WIRE, new Random(3));
        SyntheticEdits.Copy c2 = SyntheticEdits.edit(Fixtures.WIRE, new Random(3));
        assertEquals(c1, c2);
        assertEquals(2, c1.edits().size());
        assertEquals(CoverageGold.Verdict.COPY,
                CoverageGold.judge(CoverageGold.words(Fixtures.WIRE), CoverageGold.words(c1.body())));
        assertEquals("على", SyntheticEdits.variant("علي"));
        assertTrue(SyntheticEdits.variant("مدرسة").endsWith("ه"));
    }

    @Test
    void goldPairsFindsTheCopyPair() {
        List<long[]> words = List.of(CoverageGold.words(Fixtures.WIRE), CoverageGold.words(Fixtures.OTHER),
                CoverageGold.words(Fixtures.EDITED));
        GoldPairs.Result r = GoldPairs.find(words);
        assertTrue(r.copies().contains(GoldPairs.key(0, 2)), "copies " + r.copies());
        assertEquals(1, r.copies().size());
    }
}
