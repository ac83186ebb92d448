package org.marsad.extract.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocTest {
    @Test
    void normalizedViewKeepsOriginalOffsets() {
        String text = "قالَ الوزيرُ: بنحوِ ١٢٫٥٪";
        Doc d = new Doc(text, null);
        assertEquals("قال", d.norm(0));
        assertEquals("12.5%", d.norm(d.size() - 1));
        int bi = d.size() - 2;
        assertEquals("بنحو", d.norm(bi));
        // after the proclitic ب and its kasra... the offset lands on ن
        assertEquals("نحوِ", text.substring(d.offsetAfterLetters(bi, 1), d.token(bi).end()));
    }

    @Test
    void tokenLookupByOffset() {
        Doc d = new Doc("أ ب ج", null);
        assertEquals(1, d.tokenAtOrAfter(1));
        assertEquals(1, d.tokenAtOrAfter(2));
        assertEquals(0, d.tokenEndingAtOrBefore(2));
        assertEquals(-1, d.tokenEndingAtOrBefore(0));
        assertEquals(3, d.tokenAtOrAfter(99));
    }

    @Test
    void sentencesIndexTokens() {
        Doc d = new Doc("جملة أولى. جملة ثانية.", null);
        assertEquals(2, d.sentences().size());
        assertEquals(0, d.sentenceOf(0));
        assertEquals(1, d.sentenceOf(d.size() - 1));
    }
}
