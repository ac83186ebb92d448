package org.marsad.text;

import java.util.Random;

/**
 * Random texts for equivalence and regression tests: news words with clitics and Egyptian
 * spellings mixed with every char class marsad's tokenizer and normalizer treat specially
 * (diacritics, tatweel, presentation forms, invisible marks, surrogates, URLs, numbers...).
 */
public final class RandomNewsText {
    private static final String[] WORDS = {
        "وقال", "الوزير", "فى", "في", "إلى", "الى", "والمفاوضات", "بمفاوضات", "لرونالدو", "إيران", "لبنان",
        "اللبنانيين", "حكومتهم", "ولاية", "ومنها", "وفيها", "بالمدرسة", "مدرسه", "الأمريكى", "العراق", "سيتم",
        "وسيلتقي", "كتابها", "المعلمون", "ﻷ", "ﷲ", "ـــ", "الْعَرَبِيَّةُ", "ک", "ی", "https://marsad.org/a?b=1.",
        "www.example.com", "x@y.org", "#عاصي_الحلاني", "#_ـ", "@user_1", "G20", "5G", "O'Brien", "12,500%",
        "١٢٫٥", "٪", "۳۴", "...", "«", "»", "،", "؟", "!!", "\n", " ", "\u200F", "\u200C", "\uFEFF", "\uD83D\uDE00",
        "\uD800", "\uDC00", "é", "İ", "ﬁ", "ａｂ",
    };
    private static final String SINGLE_CHARS = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةىًٌٍَُِّْٰۖـ0123456789٠٩۰۹.,٫٬%٪#_@:/-'’ \t\nabcXYZ";

    private RandomNewsText() {}

    public static String next(Random random) {
        StringBuilder sb = new StringBuilder();
        int pieces = random.nextInt(40);
        for (int i = 0; i < pieces; i++) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                sb.append(WORDS[random.nextInt(WORDS.length)]);
            } else if (kind < 8) {
                sb.append(SINGLE_CHARS.charAt(random.nextInt(SINGLE_CHARS.length())));
            } else if (kind < 9) {
                sb.append((char) (0xFB50 + random.nextInt(0xFEFF - 0xFB50 + 1))); // presentation forms and beyond
            } else {
                sb.append((char) random.nextInt(0x10000));
            }
            if (random.nextInt(3) == 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
