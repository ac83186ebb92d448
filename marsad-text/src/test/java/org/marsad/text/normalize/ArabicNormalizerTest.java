package org.marsad.text.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Input/expected pairs for each folding the search profile promises, and the display profile's restraint. */
class ArabicNormalizerTest {
    private static String search(String s) {
        return ArabicNormalizer.search().normalize(s);
    }

    private static String display(String s) {
        return ArabicNormalizer.display().normalize(s);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            alef madda            | آمال      | امال
            alef hamza above      | أسامة     | اسامه
            alef hamza below      | إبراهيم   | ابراهيم
            alef wasla            | ٱلرحمن    | الرحمن
            alef maksura          | مستشفى    | مستشفي
            teh marbuta           | مدرسة     | مدرسه
            waw hamza             | مسؤول     | مسوول
            yeh hamza             | رئيس      | رييس
            tatweel               | جمـــيل   | جميل
            fatha                 | كَتب      | كتب
            kasra                 | بِنت      | بنت
            damma                 | كُتب      | كتب
            fathatan              | شكراً     | شكرا
            kasratan              | كتابٍ     | كتاب
            dammatan              | كتابٌ     | كتاب
            sukun                 | مِصْر     | مصر
            shadda                | محمّد     | محمد
            superscript alef      | هٰذا      | هذا
            quranic marks         | الرحيمۖ   | الرحيم
            arabic-indic digits   | ٢٠٢٤      | 2024
            persian digits        | ۱۲۳       | 123
            decimal separator     | ١٢٫٥      | 12.5
            thousands separator   | ١٬٠٠٠     | 1,000
            arabic percent        | ٩٠٪       | 90%
            persian keheh         | کتاب      | كتاب
            persian yeh           | علی       | علي
            urdu heh goal         | ہدف       | هدف
            heh with yeh above    | خانۀ      | خانه
            zwnj                  | می‌خواهم   | ميخواهم
            rlm inside word       | مدي‏نة    | مدينه
            bom                   | \uFEFFسلام | سلام
            latin case            | BBC News  | bbc news
            """)
    void searchFolding(String what, String in, String expected) {
        assertEquals(expected, search(unescape(in)), what);
    }

    @Test
    void presentationFormsDecomposeThenFold() {
        // ﻷ (lam with alef hamza above, isolated) and ﺑ (beh initial) are compatibility forms
        assertEquals("لا", search("\uFEF7"));
        assertEquals("لأ", display("\uFEF7"));
        assertEquals("بيت", search("\uFE91\uFEF4\uFE96"));
        assertEquals("الله", search("\uFDF2"));
    }

    @Test
    void bidiAndZeroWidthMarksVanishInBothProfiles() {
        String marked = "\u200Fمرصد\u200E \u202Bنص\u202C\u2066x\u2069\u061C\u00AD";
        assertEquals("مرصد نصx", display(marked));
        assertEquals("مرصد نصx", search(marked));
    }

    @Test
    void displayKeepsLettersDiacriticsTatweelAndDigits() {
        String s = "أَحمـد إلى مدرسةٍ ٣";
        assertEquals(s, display(s));
    }

    @Test
    void everyCharFoldsToAFixedPoint() {
        for (ArabicNormalizer n : new ArabicNormalizer[] {ArabicNormalizer.search(), ArabicNormalizer.display()}) {
            for (int i = 0; i < 65536; i++) {
                final int c = i;
                if (Character.isSurrogate((char) c)) {
                    continue;
                }
                String once = n.normalize(String.valueOf((char) c));
                assertEquals(once, n.normalize(once), () -> n.profile() + " not idempotent at U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void offsetsMapNormalizedSpansBackToTheOriginal() {
        String original = "قال الـمُتحدِّث: ﻷ";
        NormalizedText nt = ArabicNormalizer.search().normalizeWithOffsets(original);
        assertEquals("قال المتحدث: لا", nt.text());
        int s = nt.text().indexOf("المتحدث");
        int e = s + "المتحدث".length();
        // the original span covers the tatweel and the harakat inside the word
        assertEquals("الـمُتحدِّث", original.substring(nt.originalStart(s), nt.originalEnd(e)));
        int lig = nt.text().indexOf("لا");
        assertEquals("ﻷ", original.substring(nt.originalStart(lig), nt.originalEnd(lig + 2)));
        assertEquals(original.length(), nt.originalStart(nt.text().length()));
    }

    @Test
    void termBufferPathEqualsStringPath() {
        String s = "وَالإِرهابيّون فى ٢٠١٥";
        TermBuffer out = new TermBuffer(2);
        ArabicNormalizer.search().normalize(s.toCharArray(), 0, s.length(), out);
        assertEquals(search(s), out.toString());
        assertTrue(out.length() < s.length());
    }

    private static String unescape(String s) {
        return s.replace("\\uFEFF", "\uFEFF");
    }
}
