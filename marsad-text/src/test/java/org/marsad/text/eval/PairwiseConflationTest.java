package org.marsad.text.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pairwise metric on hand-made sets whose counts are worked out in the comments. */
class PairwiseConflationTest {
    // lemmas: 0 = كتب (book), 1 = كاتب (writer), 2 = مكتب (office)
    private static final List<String> FORMS = List.of("كتاب", "الكتاب", "كتابه", "كاتب", "الكاتب", "مكتب");
    private static final int[][] LEMMAS = {{0}, {0}, {0}, {1}, {1}, {2}};
    private static final ConflationSet SET = new ConflationSet(FORMS, LEMMAS, List.of("kitAb", "kAtib", "makotab"));

    @Test
    void relatedPairsAreThePairsInsideEachLemma() {
        // lemma 0: 3 forms → 3 pairs; lemma 1: 2 forms → 1 pair; lemma 2: none
        assertEquals(4, SET.relatedPairs());
    }

    @Test
    void toyStemmerScoresAsComputedByHand() {
        // one miss and one false merge: كتابه keeps its suffix, مكتب lands on the writer's stem
        Map<String, String> stems = Map.of("كتاب", "كتاب", "الكتاب", "كتاب", "كتابه", "كتابه",
                "كاتب", "كاتب", "الكاتب", "كاتب", "مكتب", "كاتب");
        ConflationScore s = PairwiseConflation.score(SET, stems::get);
        // conflated pairs: {كتاب,الكتاب} = 1, {كاتب,الكاتب,مكتب} = 3 → 4; correct: كتاب-الكتاب, كاتب-الكاتب → 2
        assertEquals(4, s.conflatedPairs());
        assertEquals(2, s.correctPairs());
        assertEquals(4, s.relatedPairs());
        assertEquals(0.5, s.precision(), 1e-12);
        assertEquals(0.5, s.recall(), 1e-12);
        assertEquals(0.5, s.f1(), 1e-12);
        assertEquals(3, s.stems());
    }

    @Test
    void identityConflatesNothingAndCollapsingConflatesEverything() {
        ConflationScore none = PairwiseConflation.score(SET, w -> w);
        assertEquals(1.0, none.precision());
        assertEquals(0.0, none.recall());
        ConflationScore all = PairwiseConflation.score(SET, w -> "x");
        assertEquals(15, all.conflatedPairs()); // 6 forms → 15 pairs
        assertEquals(4.0 / 15, all.precision(), 1e-12);
        assertEquals(1.0, all.recall());
    }

    @Test
    void aHomographIsRightWithAnyOfItsLemmas() {
        // «عقد» is a form of both lemma 0 (contract) and lemma 1 (to hold); «العقد» only of 0, «يعقد» only of 1
        ConflationSet set = new ConflationSet(List.of("عقد", "العقد", "يعقد"), new int[][] {{0, 1}, {0}, {1}},
                List.of("Eaqod", "Eaqad"));
        assertEquals(2, set.relatedPairs()); // عقد-العقد, عقد-يعقد; العقد-يعقد share no lemma
        ConflationScore s = PairwiseConflation.score(set, w -> "عقد");
        assertEquals(3, s.conflatedPairs());
        assertEquals(2, s.correctPairs());
    }

    @Test
    void restrictKeepsOnlyTheLemmasOfOneHalf() {
        ConflationSet dev = SET.restrict(Split.DEV);
        ConflationSet test = SET.restrict(Split.TEST);
        assertEquals(SET.size(), dev.size() + test.size(), "each form here has one lemma, so it lands in one half");
        for (int i = 0; i < dev.size(); i++) {
            for (int l : dev.lemmas(i)) {
                assertEquals(Split.DEV, Split.of(dev.lemmaId(l)));
            }
        }
    }
}
