package org.marsad.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.text.segment.ArabicSegmenter;

/** A tiny end-to-end training run on sentences written for the test. */
class NerTrainerTest {
    private static final String[] PEOPLE = {"سامي يوسف", "خالد", "ليلى حسن", "عمر", "منى سالم", "طارق"};
    /** Each used once, so most are new to the other folds: the model must learn to read the context. */
    private static final String[] FIRST = {"هشام", "رانيا", "كريم", "سعاد", "ماهر", "هالة", "وليد", "دينا"};
    private static final String[] LAST = {"الخطيب", "منصور", "عيسى", "شاكر", "فهمي", "البنا"};
    private static final String[] PLACES = {"عمان", "القاهرة", "بيروت", "تونس", "الرباط", "دمشق"};
    private static final String[] BODIES = {"وزارة الصحة", "البنك المركزي", "جامعة القاهرة", "وزارة المالية"};

    private static LabeledSentence sentence(String... taggedPieces) {
        List<String> tokens = new ArrayList<>();
        List<Integer> tags = new ArrayList<>();
        for (String piece : taggedPieces) {
            String[] parts = piece.split("/");
            String[] words = parts[0].split(" ");
            int type = parts.length > 1 ? BioTags.typeIndex(parts[1]) : -1;
            for (int i = 0; i < words.length; i++) {
                tokens.add(words[i]);
                tags.add(type < 0 ? BioTags.O : i == 0 ? BioTags.begin(type) : BioTags.inside(type));
            }
        }
        return new LabeledSentence(tokens, tags.stream().mapToInt(Integer::intValue).toArray(), 1);
    }

    private static List<LabeledSentence> corpus() {
        List<LabeledSentence> out = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String person = PEOPLE[i % PEOPLE.length];
            String place = PLACES[(i * 5 + 1) % PLACES.length];
            String body = BODIES[i % BODIES.length];
            String once = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length + i) % LAST.length];
            out.add(sentence("قال الوزير", once + "/PERS", "في", place + "/LOC", "إن الوضع مستقر ."));
            out.add(sentence("وأعلنت", body + "/ORG", "أمس أن المدير", person + "/PERS", "سيزور", place + "/LOC", "."));
            out.add(sentence("وصل الرئيس", person + "/PERS", "إلى", place + "/LOC", "صباح اليوم ."));
        }
        return out;
    }

    private static NerTagger train() {
        NerTrainer trainer = new NerTrainer(ArabicSegmenter.standard(), WordClusters.none(), new NerTrainer.Config(16, 8, 3, 1L));
        return new NerTagger(trainer.train(corpus(), List.of(), e -> { }), ArabicSegmenter.standard());
    }

    @Test
    void learnsSeenNamesAndContexts() {
        NerTagger tagger = train();
        List<String> tokens = Arrays.asList("وصل الرئيس سامي يوسف إلى بيروت صباح اليوم .".split(" "));
        assertEquals(List.of("O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "O", "O"), tagger.tagNames(tokens));
    }

    @Test
    void generalizesToANewNameInAKnownContext() {
        NerTagger tagger = train();
        // «نبيل عطية» never occurs in training; «قال الوزير ___ في» does
        List<String> tokens = Arrays.asList("قال الوزير نبيل عطية في دمشق إن الوضع مستقر .".split(" "));
        List<String> tags = tagger.tagNames(tokens);
        assertEquals(List.of("B-PERS", "I-PERS"), tags.subList(2, 4), tags.toString());
        assertEquals("B-LOC", tags.get(5), tags.toString());
    }

    @Test
    void modelFileRoundTripKeepsPredictions() throws Exception {
        NerTagger tagger = train();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NerModelFile.write(tagger.model(), "test", bytes);
        NerTagger read = new NerTagger(NerModelFile.read(new ByteArrayInputStream(bytes.toByteArray()), "test"),
                ArabicSegmenter.standard());
        for (LabeledSentence s : corpus().subList(0, 6)) {
            assertArrayEquals(tagger.tagIds(s.tokens()), read.tagIds(s.tokens()));
        }
        assertEquals(tagger.model().gazetteer().size(), read.model().gazetteer().size());
    }

    @Test
    void taggingTheTrainingDataScoresHigh() {
        NerTagger tagger = train();
        EntityScorer s = NerTrainer.evaluate(tagger, corpus());
        assertTrue(s.overall().f1() > 0.95, "F1 " + s.overall().f1());
    }

    private static NerTagger trainStacked() {
        NerTrainer trainer = new NerTrainer(ArabicSegmenter.standard(), WordClusters.none(), new NerTrainer.Config(16, 8, 3, 1L));
        NerModel model = trainer.trainStacked(corpus(), List.of(), NerTrainer.PriorSplit.none(), 3, 4, e -> { });
        return new NerTagger(model, ArabicSegmenter.standard());
    }

    @Test
    void stackedTaggerLearnsAndSurvivesTheModelFile() throws Exception {
        NerTagger tagger = trainStacked();
        assertTrue(tagger.model().stacked() != null);
        assertEquals(3, tagger.model().stackWindow());
        EntityScorer s = NerTrainer.evaluate(tagger, corpus());
        assertTrue(s.overall().f1() > 0.95, "F1 " + s.overall().f1());
        List<String> tokens = Arrays.asList("قال الوزير نبيل عطية في دمشق إن الوضع مستقر .".split(" "));
        assertEquals(List.of("B-PERS", "I-PERS"), tagger.tagNames(tokens).subList(2, 4));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NerModelFile.write(tagger.model().withEntityBias(1.5f), "test", bytes);
        NerModel read = NerModelFile.read(new ByteArrayInputStream(bytes.toByteArray()), "test");
        assertEquals(3, read.stackWindow());
        assertEquals(1.5f, read.outputBias());
        assertEquals(0f, read.entityBias(), "the first pass keeps the bias it was trained with");
        NerTagger again = new NerTagger(read.withEntityBias(0f), ArabicSegmenter.standard());
        List<List<String>> run = new ArrayList<>();
        for (LabeledSentence x : corpus().subList(0, 9)) {
            run.add(x.tokens());
        }
        List<int[]> expected = tagger.tagRun(run, 0);
        List<int[]> actual = again.tagRun(run, 0);
        for (int i = 0; i < run.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i));
        }
    }
}
