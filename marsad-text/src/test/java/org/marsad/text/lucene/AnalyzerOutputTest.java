package org.marsad.text.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the exact output of {@link ArabicNewsTokenizer} and {@link ArabicNewsAnalyzer} (terms, offsets,
 * position increments, types, final offset) on {@link FixedTexts}, so speed work on the analysis
 * path cannot change what gets indexed. The analyzer's stems come from the bundled lexicon and the
 * segmenter's thresholds: a deliberate change of either is the one reason to update
 * {@link #ANALYZER}; the tokenizer's expectations do not depend on them.
 */
class AnalyzerOutputTest {
    /** Tokenizer alone: search-normalized terms, original offsets. */
    static final List<List<String>> TOKENIZER = List.of(
            List.of(
                    "وقال 0-4 +1 <ARABIC>",
                    "وزير 5-9 +1 <ARABIC>",
                    "النفط 10-15 +1 <ARABIC>",
                    "العراقي 16-23 +1 <ARABIC>",
                    "في 24-26 +1 <ARABIC>",
                    "بغداد 27-32 +1 <ARABIC>",
                    "سنرفع 35-40 +1 <ARABIC>",
                    "الانتاج 41-48 +1 <ARABIC>",
                    "خلال 49-53 +1 <ARABIC>",
                    "الربع 54-59 +1 <ARABIC>",
                    "المقبل 60-66 +1 <ARABIC>",
                    "واشار 69-74 +1 <ARABIC>",
                    "الي 75-78 +1 <ARABIC>",
                    "ان 79-81 +1 <ARABIC>",
                    "العجز 82-87 +1 <ARABIC>",
                    "بلغ 88-91 +1 <ARABIC>",
                    "نحو 92-95 +1 <ARABIC>",
                    "12 96-99 +1 <NUMBER>",
                    "من 100-102 +1 <ARABIC>",
                    "الناتج 103-109 +1 <ARABIC>",
                    "المحلي 110-116 +1 <ARABIC>",
                    "end 117 +0"),
            List.of(
                    "المدرسه 0-14 +1 <ARABIC>",
                    "جميله 15-23 +1 <ARABIC>",
                    "وهذا 25-30 +1 <ARABIC>",
                    "الكتاب 31-38 +1 <ARABIC>",
                    "مفيد 41-45 +1 <ARABIC>",
                    "سعره 47-51 +1 <ARABIC>",
                    "12.5 52-56 +1 <NUMBER>",
                    "دولار 57-62 +1 <ARABIC>",
                    "و 63-64 +1 <ARABIC>",
                    "34 64-66 +1 <NUMBER>",
                    "ريالا 67-73 +1 <ARABIC>",
                    "في 74-76 +1 <ARABIC>",
                    "كراتشي 77-83 +1 <ARABIC>",
                    "end 84 +0"),
            List.of(
                    "الوزير 0-7 +1 <ARABIC>",
                    "يلتقي 9-14 +1 <ARABIC>",
                    "لاعبين 15-20 +1 <ARABIC>",
                    "ولامراء 21-27 +1 <ARABIC>",
                    "الله 28-29 +1 <ARABIC>",
                    "الدوله 30-36 +1 <ARABIC>",
                    "والوزاره 38-48 +1 <ARABIC>",
                    "end 48 +0"),
            List.of(
                    "زوروا 0-5 +1 <ARABIC>",
                    "https://example.com/ar/news?id=5 6-38 +1 <URL>",
                    "او 40-42 +1 <ARABIC>",
                    "راسلوا 43-49 +1 <ARABIC>",
                    "info@marsad.org 50-65 +1 <EMAIL>",
                    "عاصي 67-71 +1 <ARABIC>",
                    "الحلاني 72-79 +1 <ARABIC>",
                    "@marsad_news 80-92 +1 <MENTION>",
                    "g20 93-96 +1 <LATIN>",
                    "و 97-98 +1 <ARABIC>",
                    "5g 98-100 +1 <LATIN>",
                    "بلغ 101-104 +1 <ARABIC>",
                    "12500 105-111 +1 <NUMBER>",
                    "دولار 112-117 +1 <ARABIC>",
                    "o'brien 121-128 +1 <LATIN>",
                    "end 128 +0"),
            List.of(
                    "وصل 0-3 +1 <ARABIC>",
                    "وزير 4-8 +1 <ARABIC>",
                    "خارجيه 9-15 +1 <ARABIC>",
                    "ايران 16-21 +1 <ARABIC>",
                    "الي 22-25 +1 <ARABIC>",
                    "لبنان 26-31 +1 <ARABIC>",
                    "والتقي 33-39 +1 <ARABIC>",
                    "اللبنانيين 40-50 +1 <ARABIC>",
                    "لرونالدو 51-59 +1 <ARABIC>",
                    "وبمفاوضات 60-69 +1 <ARABIC>",
                    "ومنها 70-75 +1 <ARABIC>",
                    "وفيها 76-81 +1 <ARABIC>",
                    "والمفاوضات 82-92 +1 <ARABIC>",
                    "بالمدرسه 93-101 +1 <ARABIC>",
                    "ولايه 102-107 +1 <ARABIC>",
                    "end 107 +0"),
            List.of(
                    "كلمه 6-10 +1 <ARABIC>",
                    "3 21-22 +1 <NUMBER>",
                    "ابريل 23-28 +1 <ARABIC>",
                    "2024 29-33 +1 <NUMBER>",
                    "3000 36-41 +1 <NUMBER>",
                    "50 43-45 +1 <NUMBER>",
                    "end 45 +0"));

    /** Full analyzer: stop words dropped (position gaps), clitics stemmed. */
    static final List<List<String>> ANALYZER = List.of(
            List.of(
                    "قال 0-4 +1 <ARABIC>",
                    "وزير 5-9 +1 <ARABIC>",
                    "نفط 10-15 +1 <ARABIC>",
                    "عراق 16-23 +1 <ARABIC>",
                    "بغداد 27-32 +2 <ARABIC>",
                    "نرفع 35-40 +1 <ARABIC>",
                    "انتاج 41-48 +1 <ARABIC>",
                    "ربع 54-59 +2 <ARABIC>",
                    "مقبل 60-66 +1 <ARABIC>",
                    "اشار 69-74 +1 <ARABIC>",
                    "عجز 82-87 +3 <ARABIC>",
                    "بلغ 88-91 +1 <ARABIC>",
                    "12 96-99 +2 <NUMBER>",
                    "ناتج 103-109 +2 <ARABIC>",
                    "محل 110-116 +1 <ARABIC>",
                    "end 117 +0"),
            List.of(
                    "مدرسه 0-14 +1 <ARABIC>",
                    "جميل 15-23 +1 <ARABIC>",
                    "كتاب 31-38 +2 <ARABIC>",
                    "مفيد 41-45 +1 <ARABIC>",
                    "سعر 47-51 +1 <ARABIC>",
                    "12.5 52-56 +1 <NUMBER>",
                    "دولار 57-62 +1 <ARABIC>",
                    "34 64-66 +2 <NUMBER>",
                    "ريال 67-73 +1 <ARABIC>",
                    "كراتشي 77-83 +2 <ARABIC>",
                    "end 84 +0"),
            List.of(
                    "وزير 0-7 +1 <ARABIC>",
                    "يلتقي 9-14 +1 <ARABIC>",
                    "لاعب 15-20 +1 <ARABIC>",
                    "امراء 21-27 +1 <ARABIC>",
                    "الله 28-29 +1 <ARABIC>",
                    "دول 30-36 +1 <ARABIC>",
                    "وزاره 38-48 +1 <ARABIC>",
                    "end 48 +0"),
            List.of(
                    "زور 0-5 +1 <ARABIC>",
                    "https://example.com/ar/news?id=5 6-38 +1 <URL>",
                    "راسل 43-49 +2 <ARABIC>",
                    "info@marsad.org 50-65 +1 <EMAIL>",
                    "عاص 67-71 +1 <ARABIC>",
                    "الحل 72-79 +1 <ARABIC>",
                    "@marsad_news 80-92 +1 <MENTION>",
                    "g20 93-96 +1 <LATIN>",
                    "5g 98-100 +2 <LATIN>",
                    "بلغ 101-104 +1 <ARABIC>",
                    "12500 105-111 +1 <NUMBER>",
                    "دولار 112-117 +1 <ARABIC>",
                    "o'brien 121-128 +1 <LATIN>",
                    "end 128 +0"),
            List.of(
                    "وصل 0-3 +1 <ARABIC>",
                    "وزير 4-8 +1 <ARABIC>",
                    "خارج 9-15 +1 <ARABIC>",
                    "ايران 16-21 +1 <ARABIC>",
                    "لبنان 26-31 +2 <ARABIC>",
                    "تقي 33-39 +1 <ARABIC>",
                    "لبنان 40-50 +1 <ARABIC>",
                    "رونالدو 51-59 +1 <ARABIC>",
                    "مفاوضات 60-69 +1 <ARABIC>",
                    "مفاوضات 82-92 +3 <ARABIC>",
                    "مدرسه 93-101 +1 <ARABIC>",
                    "ولايه 102-107 +1 <ARABIC>",
                    "end 107 +0"),
            List.of(
                    "كلم 6-10 +1 <ARABIC>",
                    "3 21-22 +1 <NUMBER>",
                    "ابريل 23-28 +1 <ARABIC>",
                    "2024 29-33 +1 <NUMBER>",
                    "3000 36-41 +1 <NUMBER>",
                    "50 43-45 +1 <NUMBER>",
                    "end 45 +0"));

    @Test
    void tokenizerOutputIsPinned() throws IOException {
        for (int i = 0; i < FixedTexts.ALL.size(); i++) {
            try (ArabicNewsTokenizer tokenizer = new ArabicNewsTokenizer()) {
                tokenizer.setReader(new StringReader(FixedTexts.ALL.get(i)));
                assertEquals(TOKENIZER.get(i), AnalyzerOutput.read(tokenizer), "text " + i);
            }
        }
    }

    @Test
    void analyzerOutputIsPinned() {
        try (ArabicNewsAnalyzer analyzer = new ArabicNewsAnalyzer()) {
            for (int round = 0; round < 2; round++) { // the second round reuses the stream components
                for (int i = 0; i < FixedTexts.ALL.size(); i++) {
                    assertEquals(ANALYZER.get(i), AnalyzerOutput.of(analyzer, FixedTexts.ALL.get(i)), "text " + i);
                }
            }
        }
    }
}
