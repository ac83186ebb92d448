package org.marsad.extract.quote;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Speech verbs and participles, keyed by search-normalized form (so «أكد», «اكد» and «أكّد» are one),
 * with و/ف prefixed forms generated. Each lemma lists its masculine, feminine and plural past forms,
 * present forms, and participles.
 */
public final class CueLexicon {
    private static final Map<String, Cue> FORMS = new HashMap<>();

    /** Complementizers that open reported speech: «إن», «أن», «بأن» and with a pronoun attached («أنه»). */
    private static final Set<String> COMPLEMENTIZERS = Set.of(
            "ان", "انه", "انها", "انهم", "انهما", "اننا", "انني", "انهن", "بان", "بانه", "بانها", "بانهم", "باننا");

    static {
        // lemma, preposition (or ""), masculine forms | feminine forms | plural forms | participles (m, f)
        add("قال", "", "قال يقول", "قالت تقول", "قالوا يقولون", "قايلا قايله");
        add("أضاف", "", "اضاف يضيف", "اضافت تضيف", "اضافوا يضيفون", "مضيفا مضيفه");
        add("تابع", "", "تابع يتابع", "تابعت تتابع", "تابعوا", "متابعا");
        add("أكد", "", "اكد يوكد", "اكدت توكد", "اكدوا يوكدون", "موكدا موكده");
        add("أشار", "الي", "اشار يشير", "اشارت تشير", "اشاروا يشيرون", "مشيرا مشيره");
        add("لفت", "الي", "لفت يلفت", "لفتت تلفت", "لفتوا", "لافتا لافته");
        add("شدد", "علي", "شدد يشدد", "شددت تشدد", "شددوا", "مشددا مشدده");
        add("أوضح", "", "اوضح يوضح", "اوضحت توضح", "اوضحوا", "موضحا موضحه");
        add("صرح", "", "صرح يصرح", "صرحت تصرح", "صرحوا", "");
        add("أعلن", "", "اعلن يعلن", "اعلنت تعلن", "اعلنوا", "معلنا معلنه");
        // not «يذكر»: «يُذكر أن» is impersonal («it is worth noting»), nobody speaks
        add("ذكر", "", "ذكر", "ذكرت تذكر", "ذكروا", "");
        add("اعتبر", "", "اعتبر يعتبر", "اعتبرت تعتبر", "اعتبروا", "معتبرا معتبره");
        add("حذر", "من", "حذر يحذر", "حذرت تحذر", "حذروا", "محذرا محذره");
        add("دعا", "الي", "دعا يدعو", "دعت تدعو", "دعوا", "داعيا داعيه");
        add("انتقد", "", "انتقد ينتقد", "انتقدت تنتقد", "انتقدوا", "منتقدا منتقده");
        add("أعرب", "عن", "اعرب يعرب", "اعربت تعرب", "اعربوا", "معربا معربه");
        add("أفاد", "", "افاد يفيد", "افادت تفيد", "افادوا", "");
        add("كشف", "عن", "كشف يكشف", "كشفت تكشف", "كشفوا", "كاشفا كاشفه");
        add("نفى", "", "نفي ينفي", "نفت تنفي", "نفوا", "نافيا");
        add("أردف", "", "اردف", "اردفت", "اردفوا", "");
        add("استطرد", "", "استطرد", "استطردت", "", "");
        add("زعم", "", "زعم", "زعمت", "زعموا", "");
    }

    private CueLexicon() {}

    private static void add(String lemma, String prep, String masc, String fem, String plural, String participles) {
        String p = prep.isEmpty() ? null : prep;
        put(lemma, p, masc, Gender.MASCULINE, false);
        put(lemma, p, fem, Gender.FEMININE, false);
        put(lemma, p, plural, Gender.PLURAL, false);
        String[] parts = participles.isBlank() ? new String[0] : participles.split(" ");
        for (String part : parts) {
            Gender g = part.endsWith("ه") ? Gender.FEMININE : Gender.MASCULINE;
            putForm(part, new Cue(lemma, g, true, p, false));
        }
    }

    private static void put(String lemma, String prep, String forms, Gender g, boolean participle) {
        for (String f : forms.isBlank() ? new String[0] : forms.split(" ")) {
            putForm(f, new Cue(lemma, g, participle, prep, false));
        }
    }

    private static void putForm(String form, Cue cue) {
        FORMS.putIfAbsent(form, cue);
        for (String conj : new String[] {"و", "ف"}) {
            FORMS.putIfAbsent(conj + form, new Cue(cue.lemma(), cue.gender(), cue.participle(), cue.preposition(), true));
        }
    }

    /** The cue a search-normalized word is, or null. */
    public static Cue lookup(String norm) {
        return FORMS.get(norm);
    }

    public static boolean isComplementizer(String norm) {
        return COMPLEMENTIZERS.contains(norm);
    }
}
