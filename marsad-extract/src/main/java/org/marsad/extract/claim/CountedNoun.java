package org.marsad.extract.claim;

import java.util.Set;
import org.marsad.extract.doc.Doc;
import org.marsad.text.lexicon.StopWords;
import org.marsad.text.normalize.ArabicNormalizer;
import org.marsad.text.tokenize.TokenType;

/**
 * The noun a number counts when it is not in the {@link UnitLexicon}: «17 دولة», «219 صوتاً»,
 * «800 ألف أسرة». An indefinite Arabic word right after the number is its counted noun (Arabic
 * puts the counted noun there), unless it is a function word, a unit of time («3 أيام» is a
 * duration, not a claimed figure), a month or era mark of a date, or the number is a label
 * («المادة 5», «الساعة 3»).
 */
final class CountedNoun {
    private static final Set<String> TIME = Set.of(
            "يوم", "ايام", "يوما", "ساعه", "ساعات", "دقيقه", "دقايق", "ثانيه", "ثواني", "شهر", "اشهر", "شهرا", "شهور",
            "سنه", "سنوات", "سنين", "عام", "اعوام", "عاما", "اسبوع", "اسابيع", "اسبوعا", "قرن", "قرون", "عقد", "عقود",
            "مره", "مرات", "ه", "م", "ق", "مساء", "صباحا", "ظهرا", "عصرا", "ليلا", "فجرا");
    private static final Set<String> LABELS = Set.of(
            "رقم", "الماده", "ماده", "البند", "بند", "الفقره", "الساعه", "الصفحه", "صفحه", "القرار", "الفصل", "القانون",
            "العدد", "الطريق", "الكيلو", "الدوري", "المرتبه", "المركز", "الجوله", "الاصدار", "النسخه", "طراز", "موديل");

    private CountedNoun() {}

    /** The unit for the noun at token {@code j} counted by the number at token {@code number}, or null. */
    static Unit at(Doc doc, int j, int number) {
        if (j >= doc.size() || doc.type(j) != TokenType.ARABIC || doc.token(j).start() == doc.token(j - 1).end()) {
            return null;
        }
        String w = doc.norm(j);
        if (w.length() < 3 || w.startsWith("ال") || StopWords.contains(w) || TIME.contains(w)
                || Numbers.scale(w) != null) {
            return null;
        }
        if (number > 0 && LABELS.contains(doc.norm(number - 1))) {
            return null;
        }
        if (w.length() > 4 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل' || w.charAt(0) == 'ك')) {
            return null; // a preposition is attached («47 بتوقيت»): counted nouns never carry one
        }
        if (w.endsWith("وا") || ((w.charAt(0) == 'ي' || w.charAt(0) == 'ت') && (w.endsWith("ون") || w.endsWith("ان")))) {
            return null; // a verb follows the number («60 ألفاً يعيشون»), not a counted noun
        }
        String shown = ArabicNormalizer.display().normalize(doc.surface(j));
        // accusative tanween alef of counted nouns above ten: «صوتاً» → «صوت»
        if (w.endsWith("ا") && w.length() > 3 && !w.endsWith("اا")) {
            shown = shown.replaceAll("[اً\u064B]+$", "");
        }
        return new Unit(Unit.Kind.COUNT, shown, null);
    }
}
