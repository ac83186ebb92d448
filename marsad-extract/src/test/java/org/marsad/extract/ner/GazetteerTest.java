package org.marsad.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Longest-match gazetteer tagging, which skips the lengths no known name has. */
class GazetteerTest {
    private static final int PER = 0;
    private static final int LOC = 1;
    private static final int ORG = 2;

    private static final Gazetteer NAMES = new Gazetteer.Builder()
            .add("جورج", PER, 1)
            .add("جورج بوش", PER, 3)
            .add("جورج بوش الابن", PER, 1)
            .add("الامم المتحده", ORG, 2)
            .add("الامم المتحده للطفوله", ORG, 1)
            .add("واشنطن", LOC, 4)
            .add("نيو يورك", LOC, 2)
            .build();

    @Test
    void longestKnownNameWins() {
        String[] w = {"قال", "جورج", "بوش", "في", "الامم", "المتحده", "للطفوله", "و", "جورج"};
        int[] expected = {0, BioTags.begin(PER), BioTags.inside(PER), 0, BioTags.begin(ORG), BioTags.inside(ORG),
                BioTags.inside(ORG), 0, BioTags.begin(PER)};
        assertArrayEquals(expected, NAMES.match(w, new String[w.length], w.length));
    }

    @Test
    void shorterNameWhenTheLongerOneIsCutOff() {
        String[] w = {"الامم", "المتحده", "تدعو"};
        int[] expected = {BioTags.begin(ORG), BioTags.inside(ORG), 0};
        assertArrayEquals(expected, NAMES.match(w, new String[w.length], w.length));
    }

    @Test
    void alternativeSpellingOfTheFirstToken() {
        String[] w = {"وواشنطن", "تقول"};
        String[] alt = {"واشنطن", null};
        assertArrayEquals(new int[] {BioTags.begin(LOC), 0}, NAMES.match(w, alt, w.length));
    }

    @Test
    void tokenHoldingASpaceStillMatchesAsBefore() {
        // one token "يورك" preceded by "نيو" as two tokens, and the same name as one token with a space
        String[] two = {"نيو", "يورك"};
        assertArrayEquals(new int[] {BioTags.begin(LOC), BioTags.inside(LOC)}, NAMES.match(two, new String[2], 2));
        String[] one = {"نيو يورك"};
        assertArrayEquals(new int[] {0}, NAMES.match(one, new String[1], 1));
        String[] split = {"جورج", "بوش في"};
        assertArrayEquals(new int[] {BioTags.begin(PER), 0}, NAMES.match(split, new String[2], 2));
        String[] joined = {"جورج", "بوش الابن"};
        assertArrayEquals(new int[] {BioTags.begin(PER), BioTags.inside(PER)}, NAMES.match(joined, new String[2], 2));
    }
}
