package org.marsad.store.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummarizerTest {
    /**
     * Sentence 2 and 3 say the same thing (the flood and its victims) in almost the same words and
     * are what the rest of the article is about; sentence 4 is an aside about the weather service's
     * new building, sentence 5 repeats the flood facts in other words.
     */
    static final String ARTICLE = """
            شهدت المنطقة أمس يوما استثنائيا.
            أدت السيول الغزيرة في مدينة جازان إلى وفاة خمسة أشخاص وإصابة عشرين آخرين.
            أدت السيول الغزيرة في جازان إلى وفاة خمسة أشخاص وإصابة عشرين آخرين بحسب الدفاع المدني.
            وافتتحت هيئة الأرصاد مبناها الجديد في الرياض بحضور عدد من المسؤولين.
            وقال الدفاع المدني إن فرق الإنقاذ انتشلت ضحايا السيول في جازان ونقلت المصابين إلى المستشفيات.
            وطالب الدفاع المدني سكان جازان بالابتعاد عن مجاري السيول حتى انتهاء موجة الأمطار.
            """;

    private static Summarizer summarizer(SummaryConfig config) {
        DocumentFrequencies df = new DocumentFrequencies();
        for (String line : ARTICLE.strip().split("\n")) {
            df.add(ContentTerms.of(line));
        }
        return new Summarizer(config, df);
    }

    @Test
    void picksCentralSentencesAndOnlyOneOfTwoNearCopies() {
        Summary s = summarizer(new SummaryConfig(0.0, 1.0, 0.6, 0.85, 5)).summarize(ARTICLE, 40);
        String text = s.text();
        assertTrue(text.contains("السيول"), text);
        assertFalse(text.contains("هيئة الأرصاد"), "the aside is not central: " + text);
        boolean second = text.contains("وإصابة عشرين آخرين.");
        boolean third = text.contains("بحسب الدفاع المدني");
        assertFalse(second && third, "both near-copies were chosen: " + text);
    }

    @Test
    void nearCopiesAreSkippedEvenWithoutTheMmrPenalty() {
        // the two flood sentences really are near copies for the summarizer's similarity
        DocumentFrequencies df = new DocumentFrequencies();
        for (String line : ARTICLE.strip().split("\n")) {
            df.add(ContentTerms.of(line));
        }
        String[] lines = ARTICLE.strip().split("\n");
        double cos = TermVector.tfIdf(ContentTerms.of(lines[1]), df).cosine(TermVector.tfIdf(ContentTerms.of(lines[2]), df));
        assertTrue(cos >= Summarizer.NEAR_COPY, "cosine " + cos);
        Summary s = summarizer(new SummaryConfig(0.0, 1.0, 1.0, 0.85, 5)).summarize(ARTICLE, 32);
        String text = s.text();
        assertTrue(text.contains("السيول"), text);
        assertFalse(text.contains("وإصابة عشرين آخرين.") && text.contains("بحسب الدفاع المدني"), text);
    }

    @Test
    void respectsTheWordBudgetAndKeepsReadingOrderAndOffsets() {
        Summary s = summarizer(SummaryConfig.DEFAULT).summarize(ARTICLE, 30);
        int words = 0;
        int lastStart = -1;
        for (SummarySentence x : s.sentences()) {
            words += SentenceUnits.words(x.text());
            assertTrue(x.start() > lastStart);
            lastStart = x.start();
            assertEquals(x.text(), ARTICLE.substring(x.start(), x.end()));
        }
        assertTrue(words <= 30, "words " + words);
        assertFalse(s.sentences().isEmpty());
    }

    @Test
    void storySummaryDoesNotRepeatACopiedSentence() {
        String a = "أعلنت وزارة التعليم موعد بدء العام الدراسي الجديد في الأول من سبتمبر المقبل لجميع المراحل.\n"
                + "وأكدت الوزارة جاهزية المدارس لاستقبال الطلاب.";
        String b = "أعلنت وزارة التعليم موعد بدء العام الدراسي الجديد في الأول من سبتمبر المقبل لجميع المراحل.\n"
                + "وقال متحدث الوزارة إن الكتب وزعت على المدارس مبكرا.";
        DocumentFrequencies df = new DocumentFrequencies();
        df.add(ContentTerms.of(a));
        df.add(ContentTerms.of(b));
        Summary s = new Summarizer(SummaryConfig.DEFAULT, df).summarize(List.of(a, b), 40);
        long copies = s.sentences().stream().filter(x -> x.text().startsWith("أعلنت وزارة التعليم")).count();
        assertEquals(1, copies, s.text());
    }

    @Test
    void emptyTextGivesEmptySummary() {
        assertTrue(summarizer(SummaryConfig.DEFAULT).summarize("", 50).sentences().isEmpty());
    }

    @Test
    void contentTermsDropStopWordsAndSplitClitics() {
        List<String> t = ContentTerms.of("وقال الوزير في الحكومة");
        assertFalse(t.contains("في"));
        assertTrue(t.contains(ContentTerms.of("حكومة").get(0)), t.toString());
    }

    @Test
    void lexRankOfAStarPutsTheCentreFirst() {
        double[][] sim = {
            {0, 1, 1, 1},
            {1, 0, 0, 0},
            {1, 0, 0, 0},
            {1, 0, 0, 0},
        };
        double[] c = LexRank.centrality(sim, 0.85);
        assertTrue(c[0] > c[1] && c[1] == c[2]);
        assertEquals(1.0, c[0] + c[1] + c[2] + c[3], 1e-9);
    }
}
