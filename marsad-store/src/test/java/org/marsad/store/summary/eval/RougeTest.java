package org.marsad.store.summary.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {
    @Test
    void handCheckedExample() {
        // tokens after search normalization: system [ذهب, الولد, الي, المدرسه], reference [ذهب, الولد, الي, البيت]
        // (إلى and الى both become الي); unigrams shared 3 of 4; bigrams shared (ذهب الولد) (الولد الي): 2 of 3
        Rouge.Score r1 = Rouge.score("ذهب الولد الى المدرسة.", "ذهب الولد إلى البيت", 1);
        assertEquals(0.75, r1.recall(), 1e-9);
        assertEquals(0.75, r1.precision(), 1e-9);
        assertEquals(0.75, r1.f1(), 1e-9);
        Rouge.Score r2 = Rouge.score("ذهب الولد الى المدرسة.", "ذهب الولد إلى البيت", 2);
        assertEquals(2.0 / 3, r2.recall(), 1e-9);
        assertEquals(2.0 / 3, r2.precision(), 1e-9);
    }

    @Test
    void countsAreClippedAndReferencesAveraged() {
        // system says ولد three times, the reference once: one match, not three
        Rouge.Score s = Rouge.score("ولد ولد ولد", "ولد بنت", 1);
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(1.0 / 3, s.precision(), 1e-9);
        Rouge.Score avg = Rouge.average("ولد بنت", List.of("ولد بنت", "رجل امراة"), 1);
        assertEquals(0.5, avg.recall(), 1e-9);
    }

    @Test
    void emptySystemScoresZero() {
        assertEquals(0.0, Rouge.score("", "ولد", 1).f1(), 1e-9);
    }

    @Test
    void leadThreeTakesTheFirstThreeSentences() {
        String text = "الأولى هنا. الثانية هنا. الثالثة هنا. الرابعة هنا.";
        assertEquals("الأولى هنا. الثانية هنا. الثالثة هنا.", LeadBaseline.firstSentences(text, 3).text());
        assertEquals("الأولى هنا. الثانية هنا.", LeadBaseline.withinBudget(text, 5).text());
    }
}
