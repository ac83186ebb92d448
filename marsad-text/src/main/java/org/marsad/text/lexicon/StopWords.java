package org.marsad.text.lexicon;

import org.marsad.text.normalize.ArabicNormalizer;

/**
 * Arabic function words that carry no topic: prepositions, conjunctions, pronouns, particles,
 * demonstratives and relatives. The list is written in ordinary spelling and normalized at load
 * time with the search profile, so «فى», «في», «إلى» and «الى» are all caught, which is exactly
 * where analyzers that filter before normalizing fail on Egyptian spelling.
 */
public final class StopWords {
    private static final String[] WORDS = {
        // prepositions and their common compounds
        "في", "من", "إلى", "على", "عن", "مع", "حتى", "منذ", "مذ", "لدى", "لدي", "عند", "نحو", "خلال",
        "بين", "ضد", "حول", "دون", "عبر", "لكي", "كي", "إلي", "عليه", "عليها", "عليهم", "إليه", "إليها",
        "منه", "منها", "منهم", "عنه", "عنها", "عنهم", "فيه", "فيها", "فيهم", "له", "لها", "لهم", "به", "بها", "بهم",
        "لنا", "لك", "لكم", "معه", "معها", "معهم", "بعد", "قبل", "تحت", "فوق", "أمام", "وراء", "لدى",
        // conjunctions and particles
        "و", "ف", "ثم", "أو", "أم", "لكن", "لكنه", "لكنها", "بل", "إن", "أن", "إنه", "أنه", "إنها", "أنها",
        "إنهم", "أنهم", "كأن", "لأن", "لعل", "ليت", "قد", "لقد", "لا", "لم", "لن", "ما", "ماذا", "لماذا",
        "هل", "إذا", "إذ", "لو", "لولا", "كما", "كلما", "بينما", "حيث", "أي", "أية", "إما", "أما", "إلا",
        "سوف", "غير", "سوى", "فقط", "أيضا", "أيضاً", "كان", "كانت", "كانوا", "يكون", "تكون", "ليس", "ليست",
        // pronouns
        "هو", "هي", "هم", "هما", "هن", "أنا", "نحن", "أنت", "أنتم", "أنتما", "أنتن", "إياه", "إياها",
        // demonstratives and relatives
        "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك", "هذان", "هاتان", "هنا", "هناك", "ذاك",
        "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللاتي", "اللواتي", "من", "ما",
        // quantifiers and adverbs of no topical weight
        "كل", "بعض", "كلا", "كلتا", "جميع", "عدة", "أكثر", "أقل", "جدا", "الآن", "الان", "حين", "عندما",
        "كيف", "أين", "متى", "كم", "ذات", "ذو", "ذي", "وفق", "وفقا", "نفس", "عدم", "مثل", "أثناء",
    };

    private static final CharTable TABLE = build();

    private StopWords() {}

    private static CharTable build() {
        CharTable t = new CharTable(WORDS.length);
        for (String w : WORDS) {
            t.put(ArabicNormalizer.search().normalize(w), 1);
        }
        return t;
    }

    /** True if the search-normalized form {@code buf[from, to)} is a stop word. */
    public static boolean contains(char[] buf, int from, int to) {
        return TABLE.find(buf, from, to) >= 0;
    }

    public static boolean contains(CharSequence normalized) {
        return TABLE.find(normalized, 0, normalized.length()) >= 0;
    }

    public static int size() {
        return TABLE.size();
    }
}
