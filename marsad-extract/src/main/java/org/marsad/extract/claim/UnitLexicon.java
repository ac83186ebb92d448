package org.marsad.extract.claim;

import java.util.HashMap;
import java.util.Map;

/**
 * Unit words by search-normalized form, and the adjectives that name a currency's country
 * («جنيه إسترليني» → GBP, «دينار كويتي» → KWD). A currency word alone takes the code most Arabic
 * news means by it (جنيه → EGP, ريال → SAR, درهم → AED, دولار → USD); دينار and ليرة alone name
 * no country, so they keep the word and no code.
 */
final class UnitLexicon {
    private static final Map<String, Unit> WORDS = new HashMap<>();
    /** currency word lemma + " " + normalized adjective → code. */
    private static final Map<String, String> QUALIFIED = new HashMap<>();
    /** normalized currency form → lemma used in QUALIFIED keys. */
    private static final Map<String, String> CURRENCY_LEMMA = new HashMap<>();

    static {
        money("دولار", "USD", "دولار دولارا دولارات");
        money("جنيه", "EGP", "جنيه جنيها جنيهات");
        money("ريال", "SAR", "ريال ريالا ريالات");
        money("درهم", "AED", "درهم درهما دراهم");
        money("دينار", null, "دينار دينارا دنانير");
        money("يورو", "EUR", "يورو");
        money("ليره", null, "ليره ليرات");
        money("ين", "JPY", "ين");
        money("يوان", "CNY", "يوان");
        money("روبل", "RUB", "روبل روبلا");
        money("استرليني", "GBP", "استرليني");
        money("اوقيه", "MRU", "اوقيه");
        qualify("دولار", "USD", "امريكي اميركي الامريكي الاميركي");
        qualify("دولار", "CAD", "كندي");
        qualify("دولار", "AUD", "استرالي");
        qualify("جنيه", "GBP", "استرليني الاسترليني");
        qualify("جنيه", "EGP", "مصري المصري");
        qualify("جنيه", "SDG", "سوداني");
        qualify("ريال", "SAR", "سعودي السعودي");
        qualify("ريال", "QAR", "قطري القطري");
        qualify("ريال", "OMR", "عماني العماني");
        qualify("ريال", "YER", "يمني اليمني");
        qualify("ريال", "IRR", "ايراني الايراني");
        qualify("ريال", "BRL", "برازيلي");
        qualify("درهم", "AED", "اماراتي الاماراتي");
        qualify("درهم", "MAD", "مغربي المغربي");
        qualify("دينار", "KWD", "كويتي الكويتي");
        qualify("دينار", "JOD", "اردني الاردني");
        qualify("دينار", "IQD", "عراقي العراقي");
        qualify("دينار", "BHD", "بحريني البحريني");
        qualify("دينار", "TND", "تونسي التونسي");
        qualify("دينار", "LYD", "ليبي الليبي");
        qualify("دينار", "DZD", "جزايري الجزايري");
        qualify("ليره", "TRY", "تركيه التركيه");
        qualify("ليره", "LBP", "لبنانيه اللبنانيه");
        qualify("ليره", "SYP", "سوريه السوريه");

        units(Unit.Kind.COUNT, "شخص", "شخص اشخاص شخصا");
        units(Unit.Kind.COUNT, "قتيل", "قتيل قتيلا قتلي");
        units(Unit.Kind.COUNT, "جريح", "جريح جريحا جرحي");
        units(Unit.Kind.COUNT, "مصاب", "مصاب مصابا مصابين مصابون");
        units(Unit.Kind.COUNT, "طفل", "طفل اطفال طفلا");
        units(Unit.Kind.COUNT, "امرأة", "امراه نساء");
        units(Unit.Kind.COUNT, "مواطن", "مواطن مواطنا مواطنين");
        units(Unit.Kind.COUNT, "لاجئ", "لاجي لاجيا لاجيين");
        units(Unit.Kind.COUNT, "نازح", "نازح نازحا نازحين");
        units(Unit.Kind.COUNT, "عامل", "عامل عاملا عمال");
        units(Unit.Kind.COUNT, "جندي", "جندي جنديا جنود");
        units(Unit.Kind.COUNT, "مسلح", "مسلح مسلحا مسلحين");
        units(Unit.Kind.COUNT, "طالب", "طالب طالبا طلاب");
        units(Unit.Kind.COUNT, "منزل", "منزل منزلا منازل");
        units(Unit.Kind.COUNT, "وحدة", "وحده وحدات");
        units(Unit.Kind.COUNT, "سيارة", "سياره سيارات");
        units(Unit.Kind.COUNT, "حالة", "حاله حالات");
        units(Unit.Kind.COUNT, "إصابة", "اصابه اصابات");
        units(Unit.Kind.COUNT, "وفاة", "وفاه وفيات");
        units(Unit.Kind.COUNT, "وظيفة", "وظيفه وظايف");
        units(Unit.Kind.COUNT, "فرصة", "فرصه فرص");
        units(Unit.Kind.COUNT, "مشروع", "مشروع مشروعا مشاريع مشروعات");
        units(Unit.Kind.COUNT, "شركة", "شركه شركات");
        units(Unit.Kind.COUNT, "مدرسة", "مدرسه مدارس");
        units(Unit.Kind.COUNT, "صاروخ", "صاروخ صاروخا صواريخ");
        units(Unit.Kind.COUNT, "طائرة", "طايره طايرات");
        units(Unit.Kind.COUNT, "معتقل", "معتقل معتقلا معتقلين");
        units(Unit.Kind.COUNT, "أسير", "اسير اسيرا اسري");
        units(Unit.Kind.COUNT, "ناخب", "ناخب ناخبا ناخبين");
        units(Unit.Kind.COUNT, "سائح", "سايح سايحا سياح");
        units(Unit.Kind.COUNT, "مهاجر", "مهاجر مهاجرا مهاجرين");
        units(Unit.Kind.COUNT, "حاج", "حاج حاجا حجاج");
        units(Unit.Kind.COUNT, "نسمة", "نسمه");
        units(Unit.Kind.COUNT, "مقعد", "مقعد مقعدا مقاعد");
        units(Unit.Kind.COUNT, "جرعة", "جرعه جرعات");
        units(Unit.Kind.MEASURE, "طن", "طن طنا اطنان");
        units(Unit.Kind.MEASURE, "برميل", "برميل برميلا براميل");
        units(Unit.Kind.MEASURE, "كيلومتر", "كيلومتر كيلومترا كيلومترات كم");
        units(Unit.Kind.MEASURE, "متر", "متر مترا امتار");
        units(Unit.Kind.MEASURE, "كيلوجرام", "كيلوجرام كيلوغرام كيلو كجم كغ");
        units(Unit.Kind.MEASURE, "جرام", "جرام غرام جراما غراما");
        units(Unit.Kind.MEASURE, "لتر", "لتر لترا لترات");
        units(Unit.Kind.MEASURE, "ميجاوات", "ميجاوات ميغاواط ميجاواط ميغاوات");
        units(Unit.Kind.MEASURE, "فدان", "فدان فدانا افدنه");
        units(Unit.Kind.MEASURE, "هكتار", "هكتار هكتارا");
        units(Unit.Kind.MEASURE, "درجة", "درجه درجات");
    }

    private UnitLexicon() {}

    private static void money(String lemma, String code, String forms) {
        for (String f : forms.split(" ")) {
            WORDS.put(f, new Unit(Unit.Kind.MONEY, code != null ? code : displayLemma(lemma), code));
            CURRENCY_LEMMA.put(f, lemma);
        }
    }

    private static String displayLemma(String lemma) {
        return lemma.equals("ليره") ? "ليرة" : lemma;
    }

    private static void qualify(String lemma, String code, String adjectives) {
        for (String a : adjectives.split(" ")) {
            QUALIFIED.put(lemma + " " + a, code);
        }
    }

    private static void units(Unit.Kind kind, String lemma, String forms) {
        for (String f : forms.split(" ")) {
            WORDS.put(f, new Unit(kind, lemma, null));
        }
    }

    /** The unit a word names, or null. */
    static Unit unit(String norm) {
        return WORDS.get(norm);
    }

    /** Units of two words: the first word's unit, renamed when the second word follows («فرصة عمل»). */
    private static final Map<String, String> SECOND_WORDS = Map.of("فرصه عمل", "فرصة عمل", "فرص عمل", "فرصة عمل",
            "متر مكعب", "متر مكعب", "مترا مكعبا", "متر مكعب", "امتار مكعبه", "متر مكعب");

    /** The unit of two words, or null when {@code first second} is not one. */
    static Unit twoWords(String first, String second, Unit firstUnit) {
        String name = SECOND_WORDS.get(first + " " + second);
        return name == null ? null : new Unit(firstUnit.kind(), name, null);
    }

    /** The currency a currency word and the adjective after it name together, or null. */
    static Unit qualified(String currencyNorm, String adjectiveNorm) {
        String lemma = CURRENCY_LEMMA.get(currencyNorm);
        if (lemma == null) {
            return null;
        }
        String code = QUALIFIED.get(lemma + " " + adjectiveNorm);
        return code == null ? null : new Unit(Unit.Kind.MONEY, code, code);
    }
}
