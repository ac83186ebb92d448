package org.marsad.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.pipeline.Extractor;
import org.marsad.extract.pipeline.ListedEntities;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {
    private static Doc run(String text, String... entities) {
        return new Extractor(new ListedEntities(entities)).extract(text, null);
    }

    private static Claim only(Doc d) {
        assertEquals(1, d.claims().size(), () -> "claims: " + d.claims());
        return d.claims().get(0);
    }

    private static void value(String expected, Claim c) {
        assertEquals(0, new BigDecimal(expected).compareTo(c.value()), () -> "value " + c.value());
    }

    @Test
    void percentWithQualifierAndSubject() {
        Doc d = run("وأعلنت الوزارة أن العجز بلغ نحو 12% من الناتج المحلي.");
        Claim c = only(d);
        assertEquals("نحو 12%", c.text(d.text()));
        value("12", c);
        assertEquals("%", c.unit().name());
        assertEquals("نحو", c.qualifier());
        assertEquals("العجز", c.subject(d.text()));
        assertEquals("الوزارة", c.claimant().canonical());
    }

    @Test
    void arabicIndicDigitsWithDecimalSeparatorAndScale() {
        Doc d = run("بلغت الصادرات ٢٫٥ مليار جنيه.");
        Claim c = only(d);
        value("2500000000", c);
        assertEquals("EGP", c.unit().currency());
        assertEquals("الصادرات", c.subject(d.text()));
        assertNull(c.claimant());
    }

    @Test
    void thousandsSeparatorsAndScaleWordsForCounts() {
        value("30000", only(run("ينتج الحقل 30 ألف برميل يوميا.")));
        value("1250", only(run("سجلت الوزارة ١٬٢٥٠ إصابة.")));
        value("3000000", only(run("وزعت أكثر من ٣ ملايين جرعة.")));
        Claim c = only(run("نزح 4,500 شخص"));
        value("4500", c);
        assertEquals("شخص", c.unit().name());
    }

    @Test
    void currenciesAreNormalizedToIsoCodes() {
        assertEquals("GBP", only(run("خفضت الضرائب 30 مليار جنيه إسترليني")).unit().name());
        assertEquals("KWD", only(run("بلغت الأرباح 5 ملايين دينار كويتي")).unit().name());
        assertEquals("SAR", only(run("بقيمة 400 ريال")).unit().name());
        assertEquals("USD", only(run("بتكلفة 20 مليون دولار")).unit().name());
        assertEquals("EUR", only(run("دفع 15 يورو")).unit().name());
        Claim dinar = only(run("بلغت القيمة 300 دينار"));
        assertEquals("دينار", dinar.unit().name(), "a dinar alone names no country");
        assertNull(dinar.unit().currency());
    }

    @Test
    void qualifierWithProcliticIsCutOutOfTheSpan() {
        Doc d = run("ارتفعت الأسعار بأكثر من 40% منذ بداية العام.");
        Claim c = only(d);
        assertEquals("أكثر من 40%", c.text(d.text()));
        assertEquals("أكثر من", c.qualifier());
        Doc e = run("يقدر عدد السكان بما يقرب من 10 ملايين نسمة");
        assertEquals("ما يقرب من", only(e).qualifier());
    }

    @Test
    void percentWrittenInWords() {
        Doc d = run("تراجع التضخم إلى 5 في المائة");
        Claim c = only(d);
        assertEquals("5 في المائة", c.text(d.text()));
        assertEquals("%", c.unit().name());
        assertEquals("التضخم", c.subject(d.text()));
    }

    @Test
    void numbersWithoutUnitAndDatesAreNotClaims() {
        assertTrue(run("نصت المادة 5 من الدستور على ذلك.").claims().isEmpty());
        assertTrue(run("وقع الحادث في 3 يناير 2024 وفي 2019/06/30.").claims().isEmpty());
        assertTrue(run("استمرت المفاوضات 3 أيام.").claims().isEmpty());
    }

    @Test
    void claimInsideAQuoteTakesItsSpeaker() {
        Doc d = run("وقال محمد معيط: «خصصنا 150 مليار جنيه للدعم».", "PER:محمد معيط");
        assertEquals("محمد معيط", only(d).claimant().canonical());
    }

    @Test
    void countedNounOutsideTheLexicon() {
        Doc d = run("شاركت 17 دولة في القمة وحصل المرشح على 219 صوتاً.");
        assertEquals(2, d.claims().size());
        assertEquals("دولة", d.claims().get(0).unit().name());
        assertEquals("صوت", d.claims().get(1).unit().name());
    }

    @Test
    void pluralScaleAloneVerbsAndYearsAreNotFigures() {
        assertTrue(run("وقال إن آلاف نزحوا من المدينة").claims().isEmpty());
        assertTrue(run("يعيش 60 ألفا يعيشون في المخيم").claims().stream().noneMatch(c -> c.unit().name().startsWith("يعيش")));
        assertTrue(run("وفي 1962 وقف على المسرح").claims().isEmpty());
        value("1000000", only(run("أنفق مليون دولار")));
    }

    @Test
    void twoWordUnit() {
        Doc d = run("سيوفر المشروع أكثر من 30 ألف فرصة عمل");
        assertEquals("أكثر من 30 ألف فرصة عمل", only(d).text(d.text()));
        assertEquals("فرصة عمل", only(d).unit().name());
    }
}
