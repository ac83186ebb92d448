package org.marsad.store.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ArticleKeysTest {
    static final String BODY = "أعلنت الوزارة   اليوم عن خطة جديدة\nلدعم المزارعين.";

    @Test
    void bodyKeyIgnoresSpellingVariantsAndWhitespace() {
        String variant = "  أعلنـــت الوزارةُ اليوم عن خطة جديدة لدعم المزارعين.  ";
        assertEquals(ArticleKeys.bodyKey(BODY), ArticleKeys.bodyKey(variant));
        assertEquals("اعلنت الوزاره اليوم عن خطه جديده لدعم المزارعين.", ArticleKeys.normalizedBody(BODY));
        assertNotEquals(ArticleKeys.bodyKey(BODY), ArticleKeys.bodyKey(BODY + " إضافة"));
    }

    @Test
    void idDependsOnSourceAndBodyAndIsStable() {
        String a = ArticleKeys.id("okaz", BODY);
        assertEquals(16, a.length());
        assertEquals(a, ArticleKeys.id("okaz", new String(BODY.toCharArray())));
        assertNotEquals(a, ArticleKeys.id("sabq", BODY));
        assertNotEquals(a, ArticleKeys.id("okaz", BODY + " إضافة"));
    }

    @Test
    void theRememberedDigestIsTheBodysOwn() {
        String other = "نص آخر تماماً عن موضوع مختلف.";
        String fresh = ArticleKeys.bodyKey(new String(other.toCharArray()));
        ArticleKeys.id("okaz", other); // leaves other's digest in the thread's cache
        assertEquals(fresh, ArticleKeys.bodyKey(other));
        assertEquals(ArticleKeys.bodyKey(new String(BODY.toCharArray())), ArticleKeys.bodyKey(BODY));
    }
}
