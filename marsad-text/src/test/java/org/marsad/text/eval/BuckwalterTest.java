package org.marsad.text.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuckwalterTest {
    @Test
    void transliteratesTheStandardScheme() {
        assertEquals("إبراهيم", Buckwalter.toArabic("<brAhym"));
        assertEquals("مدرسة", Buckwalter.toArabic("mdrsp"));
        assertEquals("مسؤول", Buckwalter.toArabic("ms&wl"));
        assertEquals("رئيس", Buckwalter.toArabic("r}ys"));
        assertEquals("ذهب", Buckwalter.toArabic("*hb"));
        assertEquals("على", Buckwalter.toArabic("ElY"));
        assertEquals("آب", Buckwalter.toArabic("|b"));
    }

    @Test
    void rejectsCharsOutsideTheScheme() {
        assertThrows(IllegalArgumentException.class, () -> Buckwalter.toArabic("ab#"));
    }

    @Test
    void splitKeepsSensesOfOneBaseTogether() {
        assertEquals(">abad", Split.base(">abad-ui_1"));
        assertEquals(Split.of("|bAd_1"), Split.of("|bAd_2"));
    }

    @Test
    void nisbaJoinsItsNoun() {
        NisbaGroups g = new NisbaGroups(List.of("lubonAn_1", "lubonAniy~_1", ">abojadiy~_1", "|bAd_1", "|bAd_2"));
        int[] of = g.groupOf();
        assertEquals(of[0], of[1], "لبناني joins لبنان");
        assertEquals(of[3], of[4], "two senses of one base are one group");
        assertEquals(3, g.groupIds().size(), "أبجدي has no noun lemma here, so it stays alone");
        assertEquals(g.lemmaSplitKeys().get(0), g.lemmaSplitKeys().get(1));
    }
}
