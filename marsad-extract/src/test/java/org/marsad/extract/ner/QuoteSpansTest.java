package org.marsad.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class QuoteSpansTest {
    private static final int OUT = -2;

    @Test
    void guillemetsMarkTheirTokensWithTheWordBeforeTheOpeningMark() {
        String[] t = {"برنامج", "«", "ساعة", "مع", "الناس", "»", "يذاع", "اليوم"};
        assertArrayEquals(new int[] {OUT, OUT, 0, 0, 0, OUT, OUT, OUT}, QuoteSpans.opener(t));
    }

    @Test
    void straightQuotesAndDoubledApostrophesPairUp() {
        String[] t = {"استاد", "\"", "النخيل", "\"", "و", "'", "'", "المدار", "'", "'", "."};
        assertArrayEquals(new int[] {OUT, OUT, 0, OUT, OUT, OUT, OUT, 4, OUT, OUT, OUT}, QuoteSpans.opener(t));
    }

    @Test
    void aMarkOpeningTheSentenceHasNoWordBefore() {
        String[] t = {"«", "الوادي", "»", "قادم"};
        assertArrayEquals(new int[] {OUT, -1, OUT, OUT}, QuoteSpans.opener(t));
    }

    @Test
    void unclosedOrLongQuotesAreNotNames() {
        String[] unclosed = {"قال", "«", "سنعود", "غدا"};
        assertArrayEquals(new int[] {OUT, OUT, OUT, OUT}, QuoteSpans.opener(unclosed));
        String[] speech = {"قال", "«", "لن", "نقبل", "بأي", "حل", "لا", "يحفظ", "الحقوق", "»"};
        assertArrayEquals(new int[] {OUT, OUT, OUT, OUT, OUT, OUT, OUT, OUT, OUT, OUT}, QuoteSpans.opener(speech));
    }

    @Test
    void emptyQuotesMarkNothing() {
        String[] t = {"كلمة", "«", "»", "أخرى"};
        assertArrayEquals(new int[] {OUT, OUT, OUT, OUT}, QuoteSpans.opener(t));
    }
}
