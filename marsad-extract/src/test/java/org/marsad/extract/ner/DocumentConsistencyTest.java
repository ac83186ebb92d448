package org.marsad.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A family name found in one sentence is carried to the sentences around it, and only there. */
class DocumentConsistencyTest {
    private static final int PERS = BioTags.typeIndex("PERS");
    private static final int O = BioTags.O;

    @Test
    void carriesANameToNearbySentences() {
        List<String[]> words = List.of(
                new String[] {"قال", "سامي", "البنا", "امس"},
                new String[] {"واضاف", "البنا", "ان"},
                new String[] {"ثم", "زار", "شاكر", "البنا"},
                new String[] {"و", "x", "y"},
                new String[] {"البنا", "هنا"});
        List<int[]> tags = List.of(
                new int[] {O, BioTags.begin(PERS), BioTags.inside(PERS), O},
                new int[] {O, O, O},
                new int[] {O, O, BioTags.begin(PERS), BioTags.begin(PERS)},
                new int[] {O, O, O},
                new int[] {O, O});
        DocumentConsistency.apply(words, tags, 2);
        assertArrayEquals(new int[] {O, BioTags.begin(PERS), O}, tags.get(1));
        assertArrayEquals(new int[] {O, O, BioTags.begin(PERS), BioTags.begin(PERS)}, tags.get(2));
        // sentence 0 is out of reach: one name reading (sentence 2) against one outside reading (itself)
        assertArrayEquals(new int[] {O, O}, tags.get(4));
    }

    @Test
    void aCarriedFirstNameJoinsTheNameAfterIt() {
        List<String[]> words = List.of(
                new String[] {"قال", "سامي", "البنا"},
                new String[] {"ان", "سامي", "البنا"},
                new String[] {"زار", "سامي", "البنا"});
        List<int[]> tags = List.of(
                new int[] {O, BioTags.begin(PERS), BioTags.inside(PERS)},
                new int[] {O, BioTags.begin(PERS), BioTags.inside(PERS)},
                new int[] {O, O, BioTags.begin(PERS)});
        DocumentConsistency.apply(words, tags, 5);
        assertArrayEquals(new int[] {O, BioTags.begin(PERS), BioTags.inside(PERS)}, tags.get(2));
    }

    @Test
    void windowZeroChangesNothing() {
        List<String[]> words = List.of(new String[] {"سامي"}, new String[] {"سامي"});
        List<int[]> tags = List.of(new int[] {BioTags.begin(PERS)}, new int[] {O});
        DocumentConsistency.apply(words, tags, 0);
        assertArrayEquals(new int[] {O}, tags.get(1));
    }
}
