package org.marsad.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.text.segment.ArabicSegmenter;

/** The packed weights score and tag exactly as the model's flat tables do. */
class PackedWeightsTest {
    private static final int L = BioTags.COUNT;

    private static final List<List<String>> TEXT = List.of(
            List.of("قال", "الرئيس", "الأمريكي", "جورج", "بوش", "في", "واشنطن", "إن", "الولايات", "المتحدة",
                    "لن", "تنسحب", "من", "العراق", "."),
            List.of("وأضاف", "بوش", "أن", "وزارة", "الخارجية", "الأمريكية", "ستبحث", "الأمر", "مع", "الأمم",
                    "المتحدة", "في", "نيويورك", "."),
            List.of("والتقى", "وزير", "الخارجية", "المصري", "سامح", "شكري", "نظيره", "السعودي", "في", "الرياض", "."),
            List.of("وقال", "شكري", "إن", "العلاقات", "مع", "السعودية", "قوية", "وإن", "القاهرة", "تدعم",
                    "جهود", "الترسانة", "ونادي", "الترسانة", "و", "Microsoft", "في", "عام", "2007", "."),
            List.of("العراق"));

    private static NerModel model() {
        return NerTagger.standard().model();
    }

    @Test
    void shippedModelPacks() {
        PackedWeights packed = model().packed();
        assertNotNull(packed);
        assertTrue(packed.weighted() > 0 && packed.weighted() < 1 << model().bits(), "weighted " + packed.weighted());
        assertEquals(model().stacked() == null ? 1 : 2, packed.passes());
    }

    @Test
    void scoresEqualTheFlatTablesBitForBit() {
        NerModel model = model();
        PackedWeights packed = model.packed();
        NerFeatures features = new NerFeatures(ArabicSegmenter.standard(), model.clusters(), model.bits());
        for (List<String> s : TEXT) {
            NerFeatures.Features x = features.extract(features.analyze(s), model.lexicon());
            int n = x.size();
            float[][] sums = new float[packed.passes()][n * L];
            packed.score(x, sums, new int[512]);
            float[] flat = new float[n * L];
            NerModel.emissions(model.weights(), x, flat);
            assertScoresEqual(flat, sums[0]);
            if (model.stacked() != null) {
                int[] first = model.decode(x);
                int[][] votes = new int[n][];
                NerFeatures.Features all = features.stacked(x, first, votes);
                NerModel.emissions(model.stacked().weights(), all, flat);
                packed.add(features.stackedOnly(first, votes), 1, sums[1], new int[512]);
                assertScoresEqual(flat, sums[1]);
            }
        }
    }

    /** Equal as floats; a sum that is zero may differ in its sign, which no comparison sees. */
    private static void assertScoresEqual(float[] expected, float[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                assertArrayEquals(expected, actual, 0f, "score " + i);
            }
        }
    }

    @Test
    void tagsEqualOnWrittenSentences() {
        assertSameTags(TEXT);
    }

    @Test
    void tagsEqualOnTheCamelSplits() {
        Path dir = Path.of(System.getProperty("marsad.shared", "../shared"), "data", "anercorp-camel");
        Assumptions.assumeTrue(Files.isDirectory(dir),
                "skipped: ANERcorp (CAMeL split) is not at " + dir.toAbsolutePath() + " (system property marsad.shared)");
        for (String split : List.of("ANERCorp_CamelLab_test.txt", "ANERCorp_CamelLab_train.txt")) {
            assertSameTags(ConllReader.readTokens(dir.resolve(split)));
        }
    }

    @Test
    void anyFloatsPackAndScoreAsTheFlatTables() {
        int buckets = 1 << 10;
        float[] first = new float[buckets * L];
        float[] second = new float[buckets * L];
        java.util.Random random = new java.util.Random(7);
        for (int b = 0; b < buckets; b += 1 + random.nextInt(5)) {
            for (int t = 0; t < L; t++) {
                (random.nextBoolean() ? first : second)[b * L + t] = (float) random.nextGaussian() / 3;
            }
        }
        PackedWeights packed = PackedWeights.pack(first, second);
        int[] ids = new int[60];
        for (int f = 0; f < ids.length; f++) {
            ids[f] = random.nextInt(buckets);
        }
        NerFeatures.Features x = new NerFeatures.Features(ids, new int[] {0, 25, 25, 60});
        float[][] sums = new float[2][3 * L];
        packed.score(x, sums, new int[64]);
        float[] flat = new float[3 * L];
        NerModel.emissions(first, x, flat);
        assertScoresEqual(flat, sums[0]);
        NerModel.emissions(second, x, flat);
        assertScoresEqual(flat, sums[1]);
    }

    private static void assertSameTags(List<List<String>> sentences) {
        NerTagger fast = new NerTagger(model(), ArabicSegmenter.standard(), true);
        NerTagger plain = new NerTagger(model(), ArabicSegmenter.standard(), false);
        List<int[]> a = fast.tagRun(sentences, NerTagger.CONSISTENCY_WINDOW);
        List<int[]> b = plain.tagRun(sentences, NerTagger.CONSISTENCY_WINDOW);
        List<String> wrong = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            if (!Arrays.equals(a.get(k), b.get(k))) {
                wrong.add(k + ": " + sentences.get(k));
            }
        }
        assertEquals(List.of(), wrong, "sentences tagged differently");
        for (List<String> s : sentences.subList(0, Math.min(50, sentences.size()))) {
            assertArrayEquals(plain.tagIds(s), fast.tagIds(s), s.toString());
        }
    }
}
