package org.marsad.store.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.marsad.text.normalize.ArabicNormalizer;

class SpellingNoiseTest {
    static final String TITLE = "أمير المنطقة الشرقية يفتتح مستشفى الولادة الجديد في الأحساء";

    @Test
    void sameSeedSameNoise() {
        assertEquals(new SpellingNoise(5).apply(TITLE), new SpellingNoise(5).apply(TITLE));
        assertNotEquals(new SpellingNoise(5).apply(TITLE), new SpellingNoise(6).apply(TITLE));
    }

    @Test
    void noiseOnlyChangesSpellingOrAddsClitics() {
        SpellingNoise noise = new SpellingNoise(42);
        String[] original = TITLE.split(" ");
        int changed = 0;
        for (int round = 0; round < 200; round++) {
            String[] noisy = noise.apply(TITLE).split(" ");
            assertEquals(original.length, noisy.length);
            for (int i = 0; i < original.length; i++) {
                String a = ArabicNormalizer.search().normalize(original[i]);
                String b = ArabicNormalizer.search().normalize(noisy[i]);
                // after search normalization the word is the same, or the same with a clitic in front
                assertTrue(b.equals(a) || b.endsWith(a) || (b.startsWith("لل") && b.substring(2).equals(a.substring(2))),
                        original[i] + " -> " + noisy[i]);
                if (!noisy[i].equals(original[i])) {
                    changed++;
                }
            }
        }
        assertTrue(changed > 200 * original.length / 3, "noise too rare: " + changed);
    }

    @Test
    void shortWordsAndPunctuationAreLeftAlone() {
        assertEquals("في 12 من «الأهلي»", new SpellingNoise(1).apply("في 12 من «الأهلي»"));
    }
}
