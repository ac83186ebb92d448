package org.marsad.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunVotesTest {
    private static final int O = BioTags.O;
    private static final int B_PERS = BioTags.begin(0);
    private static final int B_ORG = BioTags.begin(2);

    @Test
    void countsOtherMentionsInTheWindowLeavingTheTokenOut() {
        List<String[]> words = List.of(
                new String[] {"قال", "الترسانة"},
                new String[] {"فاز", "الترسانة"},
                new String[] {"لاعب", "الترسانة"},
                new String[] {"هنا", "الترسانة"});
        List<int[]> tags = List.of(new int[] {O, B_ORG}, new int[] {O, O}, new int[] {O, B_ORG}, new int[] {O, B_PERS});
        int[][][] v = RunVotes.count(words, tags, 1);
        // sentence 1 sees sentences 0..2: two ORG votes, its own O left out
        assertArrayEquals(new int[] {0, 0, 0, 2, 0}, v[1][1]);
        // sentence 0 sees 0..1: the O of sentence 1, its own ORG left out
        assertArrayEquals(new int[] {1, 0, 0, 0, 0}, v[0][1]);
        // sentence 3 sees 2..3: the ORG of sentence 2
        assertArrayEquals(new int[] {0, 0, 0, 1, 0}, v[3][1]);
        assertArrayEquals(new int[] {0, 0, 0, 0, 0}, v[2][0], "«لاعب» occurs nowhere else");
    }

    @Test
    void shortWordsGetNoVotes() {
        int[][][] v = RunVotes.count(List.<String[]>of(new String[] {"في", "عمان"}), List.of(new int[] {O, O}), 2);
        assertNull(v[0][0]);
        assertArrayEquals(new int[] {0, 0, 0, 0, 0}, v[0][1]);
    }
}
