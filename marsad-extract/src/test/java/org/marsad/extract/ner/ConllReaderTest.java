package org.marsad.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllReaderTest {
    private static int[] tags(String... names) {
        int[] out = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = BioTags.index(names[i]);
        }
        return out;
    }

    @Test
    void readsSentencesSeparatedByBlankLines() {
        String text = "زار B-PERS\nسامي I-PERS\n\n\nفي O\nعمان B-LOC\n";
        List<LabeledSentence> s = ConllReader.readLabeled(new StringReader(text), "t", ConllReader.ANERCORP_TAGS);
        assertEquals(2, s.size());
        assertEquals(List.of("زار", "سامي"), s.get(0).tokens());
        assertArrayEquals(tags("B-PERS", "I-PERS"), s.get(0).tags());
        assertEquals(List.of("في", "عمان"), s.get(1).tokens());
        assertEquals(5, s.get(1).line());
    }

    @Test
    void lastColumnIsTheTagAndTabsWork() {
        String text = "عمان\tNNP\tB-LOC\r\n";
        List<LabeledSentence> s = ConllReader.readLabeled(new StringReader(text), "t", ConllReader.ANERCORP_TAGS);
        assertArrayEquals(tags("B-LOC"), s.get(0).tags());
        assertEquals("عمان", s.get(0).tokens().get(0));
    }

    @Test
    void badTagNamesFileAndLine() {
        String text = "في O\nعمان B-PLACE\n";
        var e = assertThrows(IllegalArgumentException.class,
                () -> ConllReader.readLabeled(new StringReader(text), "news.txt", ConllReader.ANERCORP_TAGS));
        assertTrue(e.getMessage().startsWith("news.txt:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("B-PLACE"), e.getMessage());
    }

    @Test
    void missingTagIsAnError() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ConllReader.readLabeled(new StringReader("في O\nعمان\n"), "x", ConllReader.ANERCORP_TAGS));
        assertTrue(e.getMessage().startsWith("x:2:"), e.getMessage());
    }

    @Test
    void aqmarTagsMapToAnercorp() {
        String text = "a B-PER\nb I-PER\nc B-MIS1\nd I-MIS2\ne B-MIS-1\nf I--ORG\ng OO\nh B-MIS1`\ni B-ENGLISH\n";
        List<LabeledSentence> s = ConllReader.readLabeled(new StringReader(text), "t", ConllReader.AQMAR_TAGS);
        assertArrayEquals(tags("B-PERS", "I-PERS", "B-MISC", "I-MISC", "B-MISC", "I-ORG", "O", "B-MISC", "B-MISC"),
                s.get(0).tags());
    }

    @Test
    void tokensOnlyReaderKeepsFirstColumnAndBreaks() {
        String text = "\uFEFFقال O\nترامب\n\nواشنطن B-LOC extra\n";
        List<List<String>> s = ConllReader.readTokens(new StringReader(text), "t");
        assertEquals(List.of(List.of("قال", "ترامب"), List.of("واشنطن")), s);
    }
}
