package org.marsad.text.lucene;

import java.util.List;

/** Short texts written for the analyzer output tests; each exercises several token kinds at once. */
final class FixedTexts {
    private FixedTexts() {}

    static final List<String> ALL = List.of(
            // Egyptian spelling, «» quotes, a stop word in two spellings, clitics, a percentage
            "وقال وزير النفط العراقى فى بغداد: «سنرفع الإنتاج خلال الربع المقبل»، وأشار إلى أن العجز بلغ نحو 12% من الناتج المحلى.",
            // diacritics, tatweel, superscript alef, Quranic mark, Arabic-Indic decimals, Persian digits and letters
            "الْمُدَرِّسَةُ جـــميلة، وهٰذا الكتابُ ۖ مفيد؛ سعره ١٢٫٥ دولار و۳۴ ریالاً في کراتشی؟",
            // invisible marks inside and between words, presentation forms, a ligature
            "ال\u200Fوزير\u200B يلتقي \uFEFBعبين و\uFEF7مراء \uFDF2 الدولة \u200Eوالـ\u200Cوزارة",
            // URL, e-mail, hashtag, mention, Latin words, a number with thousands separators, emoji
            "زوروا https://example.com/ar/news?id=5. أو راسلوا info@marsad.org #عاصي_الحلاني @marsad_news G20 و5G بلغ 12,500 دولار \uD83D\uDE00 O'Brien",
            // proper names a light stemmer over-cuts, bare prepositions, stop words after clitics
            "وصل وزير خارجية إيران إلى لبنان، والتقى اللبنانيين لرونالدو وبمفاوضات ومنها وفيها والمفاوضات بالمدرسة ولاية",
            // stray marks, unpaired surrogates, punctuation runs, line breaks, mixed digits
            "ـ ً \uD800 كلمة\uDC00... !!! \n\n٣ أبريل 2024 - ٣٬٠٠٠ ٪٥٠");
}
