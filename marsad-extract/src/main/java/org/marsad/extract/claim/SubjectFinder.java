package org.marsad.extract.claim;

import java.util.Set;
import org.marsad.extract.doc.Doc;
import org.marsad.extract.quote.CueLexicon;

/**
 * Finds what a figure is about, within its clause: the noun phrase around a verb of measure
 * («أن العجز بلغ نحو 12%» → «العجز»; «ارتفع معدل التضخم إلى 5%» → «معدل التضخم»). The clause
 * starts after a comma, a colon, a quote mark or «إن/أن». When no such verb is in the clause, the
 * subject is left unknown.
 */
final class SubjectFinder {
    private static final Set<String> VERBS = Set.of(
            "بلغ", "بلغت", "يبلغ", "تبلغ", "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "انخفض", "انخفضت", "ينخفض", "تنخفض",
            "تراجع", "تراجعت", "يتراجع", "تتراجع", "زاد", "زادت", "يزيد", "تزيد", "وصل", "وصلت", "يصل", "تصل",
            "سجل", "سجلت", "يسجل", "تسجل", "قدر", "قدرت", "يقدر", "تقدر", "تجاوز", "تجاوزت", "يتجاوز", "تتجاوز",
            "قفز", "قفزت", "يقفز", "تقفز", "هبط", "هبطت", "يهبط", "تهبط", "نما", "نمت", "ينمو", "تنمو", "تخطي", "تخطت",
            "ارتفاع", "انخفاض", "زياده", "نمو", "يتخطي", "حقق", "حققت", "يحقق", "تحقق", "يتوقع", "تتوقع",
            "بلوغ", "اصبح", "اصبحت", "ظل", "ظلت", "استقر", "استقرت", "قتل", "اصيب", "لقي");
    /** Words that end a subject phrase after a verb: the figure's preposition and place or time words. */
    private static final Set<String> ENDS = Set.of(
            "الي", "من", "في", "خلال", "علي", "عن", "منذ", "بنسبه", "نسبته", "لتصل", "ليصل", "ليبلغ", "لتبلغ",
            "بمقدار", "بقيمه", "قيمته", "قيمتها", "حتي", "مقابل", "بعد", "قبل", "امس", "اليوم", "العام", "الشهر");
    private static final Set<String> SKIP_BEFORE = Set.of("قد", "كان", "كانت", "و", "ف", "لقد");
    private static final int MAX_WORDS = 4;

    private SubjectFinder() {}

    /** Char span {start, end} of the subject of the figure starting at token {@code first}, or null. */
    static int[] find(Doc doc, int first) {
        int clauseStart = doc.sentenceOfToken(Math.min(first, doc.size() - 1)).firstToken();
        int verb = -1;
        for (int k = first - 1; k >= clauseStart; k--) {
            if (!doc.type(k).isWordLike() || CueLexicon.isComplementizer(doc.norm(k))) {
                clauseStart = k + 1;
                break;
            }
            if (verb < 0 && (VERBS.contains(doc.norm(k)) || VERBS.contains(withoutConjunction(doc.norm(k))))) {
                verb = k;
            }
        }
        if (verb < 0) {
            return null;
        }
        // verb first: the words after it up to the figure's preposition
        int to = verb + 1;
        while (to < first && to - verb <= MAX_WORDS && !ENDS.contains(doc.norm(to)) && !startsWithBi(doc.norm(to))) {
            to++;
        }
        if (to > verb + 1) {
            return span(doc, verb + 1, to);
        }
        // subject first: the words before the verb, back to the clause start
        int from = verb;
        while (from > clauseStart && verb - from < MAX_WORDS && !SKIP_BEFORE.contains(doc.norm(from - 1))
                && !ENDS.contains(doc.norm(from - 1)) && CueLexicon.lookup(doc.norm(from - 1)) == null) {
            from--;
        }
        return from < verb ? span(doc, from, verb) : null;
    }

    /** «بنحو», «بأكثر»: a qualifier with ب ends the subject. */
    private static boolean startsWithBi(String w) {
        return w.length() > 3 && w.charAt(0) == 'ب' && (w.startsWith("نحو", 1) || w.startsWith("اكثر", 1)
                || w.startsWith("حوالي", 1) || w.startsWith("قيمه", 1));
    }

    private static String withoutConjunction(String w) {
        return w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
    }

    private static int[] span(Doc doc, int from, int to) {
        int start = doc.token(from).start();
        String w = doc.norm(from);
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && w.startsWith("ال", 1)) {
            start = doc.offsetAfterLetters(from, 1);
        }
        return new int[] {start, doc.token(to - 1).end()};
    }
}
