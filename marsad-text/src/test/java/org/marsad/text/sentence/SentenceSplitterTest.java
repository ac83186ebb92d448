package org.marsad.text.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> split(String text) {
        return SentenceSplitter.split(text).stream().map(s -> s.text(text)).collect(Collectors.toList());
    }

    @Test
    void splitsOnFullStopsQuestionAndExclamationMarksAndEllipsis() {
        assertEquals(List.of("وصل الوفد.", "هل انتهى الاجتماع؟", "نعم!", "ثم ماذا…", "لا شيء"),
                split("وصل الوفد. هل انتهى الاجتماع؟ نعم! ثم ماذا… لا شيء"));
    }

    @Test
    void notInsideDecimals() {
        assertEquals(List.of("ارتفع المؤشر 12.5 نقطة.", "وانخفض ١٢٫٥ أخرى."),
                split("ارتفع المؤشر 12.5 نقطة. وانخفض ١٢٫٥ أخرى."));
    }

    @Test
    void notInsideAnOpenQuotation() {
        assertEquals(List.of("قال الوزير: «سنرفع الإنتاج. ولن نتراجع» وغادر القاعة.", "ثم عاد."),
                split("قال الوزير: «سنرفع الإنتاج. ولن نتراجع» وغادر القاعة. ثم عاد."));
        assertEquals(List.of("وأضاف: \"الأرقام مطمئنة. جداً\" أمس.", "انتهى."),
                split("وأضاف: \"الأرقام مطمئنة. جداً\" أمس. انتهى."));
    }

    @Test
    void closingQuoteAfterTheStopStaysWithTheSentence() {
        assertEquals(List.of("قال: «انتهى الأمر.»", "وخرج."), split("قال: «انتهى الأمر.» وخرج."));
    }

    @Test
    void notAfterAbbreviations() {
        assertEquals(List.of("قال د. سامي يوسف إن م. أحمد وصل.", "ثم غادر."),
                split("قال د. سامي يوسف إن م. أحمد وصل. ثم غادر."));
        assertEquals(List.of("ولد عام 500 ق.م في مصر."), split("ولد عام 500 ق.م في مصر."));
    }

    @Test
    void lineBreaksEndSentencesAndForgetUnclosedQuotes() {
        assertEquals(List.of("عنوان الخبر", "قال: «بداية بلا نهاية", "فقرة جديدة."),
                split("عنوان الخبر\nقال: «بداية بلا نهاية\n\nفقرة جديدة."));
    }

    @Test
    void emptyAndPunctuationOnlyInputs() {
        assertEquals(List.of(), split(""));
        assertEquals(List.of("..."), split("..."));
    }
}
