package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.marsad.text.lucene.ArabicNewsAnalyzer;
import org.marsad.text.normalize.ArabicNormalizer;
import org.marsad.text.normalize.NormalizedText;
import org.marsad.text.segment.ArabicSegmenter;
import org.marsad.text.sentence.Sentence;
import org.marsad.text.sentence.SentenceSplitter;
import org.marsad.text.tokenize.ArabicTokenizer;
import org.marsad.text.tokenize.Token;

/**
 * Properties over random input (seeded per repetition, so a failure is reproducible): normalization
 * is idempotent; tokens and sentences lie inside the text, in order, without overlap; nothing throws.
 */
class RobustnessTest {
    private static final String ALPHABET = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىةـًٌٍَُِّْٰ٠١٢٣٤٥٦٧٨٩٫٬٪"
            + "0123456789.,;:!?؟،؛«»“”\"'()-#@_%/ \n\t\u200C\u200D\u200E\u200F\u061C\uFEFF\u00AD"
            + "abcXYZﻷﺑﺘﷲﷺکیہۀ";

    private static String randomText(Random r, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int mode = r.nextInt(10);
            if (mode == 0) {
                sb.append((char) r.nextInt(65536)); // anything, unpaired surrogates included
            } else {
                sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
        }
        return sb.toString();
    }

    @RepeatedTest(200)
    void propertiesHoldOnRandomText(RepetitionInfo info) throws IOException {
        Random r = new Random(7919L * info.getCurrentRepetition());
        String text = randomText(r, r.nextInt(400));
        for (ArabicNormalizer n : List.of(ArabicNormalizer.search(), ArabicNormalizer.display())) {
            String once = n.normalize(text);
            assertEquals(once, n.normalize(once), "idempotent, seed rep " + info.getCurrentRepetition());
            NormalizedText nt = n.normalizeWithOffsets(text);
            assertEquals(once, nt.text());
            int previous = 0;
            for (int i = 0; i < nt.text().length(); i++) {
                assertTrue(nt.originalStart(i) >= previous && nt.originalEnd(i + 1) <= text.length());
                previous = nt.originalStart(i);
            }
        }
        List<Token> tokens = ArabicTokenizer.tokenize(text);
        int end = 0;
        for (Token t : tokens) {
            assertTrue(t.start() >= end && t.end() > t.start() && t.end() <= text.length(), t.toString());
            end = t.end();
        }
        int sentenceEnd = 0;
        for (Sentence s : SentenceSplitter.split(text, tokens)) {
            assertTrue(s.start() >= sentenceEnd && s.end() <= text.length());
            sentenceEnd = s.end();
        }
        try (ArabicNewsAnalyzer a = new ArabicNewsAnalyzer(); TokenStream ts = a.tokenStream("f", new StringReader(text))) {
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int last = 0;
            while (ts.incrementToken()) {
                assertTrue(off.startOffset() >= last && off.endOffset() <= text.length());
                last = off.startOffset();
            }
            ts.end();
        }
        for (Token t : tokens) {
            ArabicSegmenter.standard().segment(ArabicNormalizer.search().normalize(t.text(text)));
        }
    }

    @Test
    void oneMegabyteOfTatweelIsHarmless() throws IOException {
        String tatweel = "ـ".repeat(1 << 20);
        assertEquals("", ArabicNormalizer.search().normalize(tatweel));
        assertEquals(0, ArabicTokenizer.tokenize(tatweel).size());
        String word = "ب" + tatweel + "ت";
        assertEquals(1, ArabicTokenizer.tokenize(word).size());
        try (ArabicNewsAnalyzer a = new ArabicNewsAnalyzer(); TokenStream ts = a.tokenStream("f", word)) {
            ts.reset();
            while (ts.incrementToken()) {
                // drain
            }
            ts.end();
        }
    }

    @Test
    void unpairedSurrogatesAndControlCharsDoNotThrow() {
        String nasty = "\uD800\uDC00\uD800x\uDC00\u0000\u0007بيت\uFFFF\uFFFE\uFFFD";
        assertTrue(ArabicTokenizer.tokenize(nasty).size() >= 2);
        ArabicNormalizer.search().normalize(nasty);
        SentenceSplitter.split(nasty);
    }
}
