package org.marsad.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractScoresTest {
    @Test
    void speakerMatchingIsByNameContainment() {
        assertTrue(ExtractScores.sameSpeaker("دونالد ترامب", List.of("ترامب", "دونالد ترامب")));
        assertTrue(ExtractScores.sameSpeaker("دونالد ترامب", List.of("ترامب")));
        assertTrue(ExtractScores.sameSpeaker(null, List.of()));
        assertFalse(ExtractScores.sameSpeaker(null, List.of("ترامب")));
        assertFalse(ExtractScores.sameSpeaker("ترامب", List.of()));
        assertFalse(ExtractScores.sameSpeaker("جو بايدن", List.of("ترامب")));
    }

    @Test
    void countsPrecisionRecallAndAccuracies() {
        String text = "قال علي إن الأسعار ارتفعت 5%.";
        GoldArticle gold = new GoldArticle("a", text, null, List.of(new GoldArticle.Entity(4, 7, "PER")),
                List.of(new GoldArticle.Quote(11, 28, false, "علي")),
                List.of(new GoldArticle.Claim(26, 28, new BigDecimal("5"), "%", "علي")), List.of());
        Predicted p = new Predicted(List.of(new GoldArticle.Entity(4, 7, "PER"), new GoldArticle.Entity(11, 18, "ORG")),
                List.of(new Predicted.Q(11, 27, List.of("علي"))),
                List.of(new Predicted.C(26, 28, new BigDecimal("5.0"), "%", List.of())), List.of());
        ExtractScores s = new ExtractScores();
        s.add(gold, p);
        assertEquals(0.5, s.entities.precision(), 1e-9);
        assertEquals(1.0, s.entities.recall(), 1e-9);
        assertEquals(1, s.quotes.matched());
        assertEquals(0, s.quotesExact);
        assertEquals(1, s.speakersRight);
        assertEquals(1, s.claimValuesRight);
        assertEquals(0, s.claimantsRight);
    }
}
