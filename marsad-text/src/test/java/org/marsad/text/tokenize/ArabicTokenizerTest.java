package org.marsad.text.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ArabicTokenizerTest {
    /** "text/TYPE" for every token, which makes expectations easy to read. */
    private static String show(String text) {
        return ArabicTokenizer.tokenize(text).stream()
                .map(t -> t.text(text) + "/" + t.type())
                .collect(Collectors.joining(" "));
    }

    @Test
    void arabicWordsKeepCliticsDiacriticsAndTatweel() {
        assertEquals("وبالمدرسة/ARABIC فَقـط/ARABIC ،/PUNCT", show("وبالمدرسة فَقـط،"));
    }

    @Test
    void numbersInAnyScriptWithSeparatorsAndPercent() {
        assertEquals("12/NUMBER 12.5/NUMBER ١٢٫٥/NUMBER 90%/NUMBER ١٥٪/NUMBER 1,000,000/NUMBER",
                show("12 12.5 ١٢٫٥ 90% ١٥٪ 1,000,000"));
        // a full stop after a number ends the sentence, it is not a decimal point
        assertEquals("بلغ/ARABIC 12/NUMBER ./PUNCT", show("بلغ 12."));
    }

    @Test
    void latinWordsAndAlphanumerics() {
        assertEquals("BBC/LATIN News/LATIN G20/LATIN 5G/LATIN O'Brien/LATIN", show("BBC News G20 5G O'Brien"));
    }

    @Test
    void urlsEmailsHashtagsMentions() {
        assertEquals("راجع/ARABIC https://example.com/a?b=1/URL ./PUNCT", show("راجع https://example.com/a?b=1."));
        assertEquals("www.aawsat.com/URL", show("www.aawsat.com"));
        assertEquals("news@example.org/EMAIL", show("news@example.org"));
        assertEquals("#عاصي_الحلاني/HASHTAG @bbcarabic/MENTION", show("#عاصي_الحلاني @bbcarabic"));
    }

    @Test
    void punctuationTokensForTheExtractors() {
        assertEquals("قال/ARABIC :/PUNCT «/PUNCT نعم/ARABIC »/PUNCT ؛/PUNCT ؟/PUNCT “/PUNCT لا/ARABIC ”/PUNCT \"/PUNCT .../PUNCT",
                show("قال: «نعم»؛ ؟ “لا” \"..."));
    }

    @Test
    void invisibleMarksNeitherSplitNorStartWords() {
        String s = "\u200Fمدي\u200Fنة \u200E";
        List<Token> ts = ArabicTokenizer.tokenize(s);
        assertEquals(1, ts.size());
        assertEquals("مدي\u200Fنة", ts.get(0).text(s));
    }

    @Test
    void strayTatweelAndDiacriticsAreSkipped() {
        assertEquals("ب/ARABIC", show("ـــ َ ب"));
        assertEquals("بـ/ARABIC \"/PUNCT ذا/ARABIC", show("بـ\"ذا"));
    }

    @Test
    void offsetsAreIndicesIntoTheOriginal() {
        String s = "  «وزير النفط»: ٤٫٦ مليون\n";
        for (Token t : ArabicTokenizer.tokenize(s)) {
            assertEquals(t.text(s), s.substring(t.start(), t.end()));
        }
        assertEquals(7, ArabicTokenizer.tokenize(s).size());
    }
}
